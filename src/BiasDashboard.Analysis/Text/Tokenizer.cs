namespace BiasDashboard.Analysis.Text;

/// <summary>
/// Splits text into words, numbers and punctuation with offsets. Apostrophes (' and ’) and hyphens join
/// letters inside a word; commas, points and hyphens join digits inside a number. Whitespace is skipped.
/// </summary>
public static class Tokenizer
{
    /// <summary>Tokens of <paramref name="text"/> within <paramref name="range"/> (the whole text when null).</summary>
    public static IReadOnlyList<Token> Tokenize(string text, TextRange? range = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        var (start, end) = range is { } r ? (r.Start, r.End) : (0, text.Length);
        var tokens = new List<Token>();
        var i = start;
        while (i < end)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c))
            {
                i++;
                continue;
            }

            var kind = char.IsLetter(c) || char.IsSurrogate(c) ? TokenKind.Word
                : char.IsDigit(c) ? TokenKind.Number
                : TokenKind.Punctuation;
            var tokenEnd = kind == TokenKind.Punctuation ? i + 1 : ScanRun(text, i, end, kind);
            tokens.Add(new Token(i, tokenEnd - i, kind));
            i = tokenEnd;
        }

        return tokens;
    }

    /// <summary>Number of <see cref="TokenKind.Word"/> and <see cref="TokenKind.Number"/> tokens.</summary>
    public static int CountWords(string text, TextRange? range = null) =>
        Tokenize(text, range).Count(t => t.Kind != TokenKind.Punctuation);

    private static int ScanRun(string text, int i, int end, TokenKind kind)
    {
        while (i < end)
        {
            var c = text[i];
            if (IsRunChar(c, kind))
            {
                i++;
                continue;
            }

            // A joiner counts only between two run characters: "MP’s", "pro-Palestine", "1,000", "39.9".
            if (IsJoiner(c, kind) && i + 1 < end && IsRunChar(text[i + 1], kind) && i > 0 && IsRunChar(text[i - 1], kind))
            {
                i++;
                continue;
            }

            break;
        }

        return i;
    }

    private static bool IsRunChar(char c, TokenKind kind) => kind == TokenKind.Word
        ? char.IsLetterOrDigit(c) || char.IsSurrogate(c) || IsMark(c)
        : char.IsDigit(c);

    private static bool IsMark(char c) => char.GetUnicodeCategory(c) is
        System.Globalization.UnicodeCategory.NonSpacingMark or System.Globalization.UnicodeCategory.SpacingCombiningMark;

    private static bool IsJoiner(char c, TokenKind kind) => kind == TokenKind.Word
        ? c is '\'' or '’' or '-' or '‐'
        : c is ',' or '.' or '-' or '–';
}
