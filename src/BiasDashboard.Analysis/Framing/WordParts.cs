using BiasDashboard.Analysis.Text;

namespace BiasDashboard.Analysis.Framing;

/// <summary>
/// The text as lower-cased word parts with offsets: words are split at hyphens, so "pro-Palestine" and
/// "pro Palestine" are the same two parts, and a possessive 's is dropped. Punctuation between two parts
/// breaks a phrase; whitespace and line breaks do not.
/// </summary>
internal readonly record struct WordPart(int Start, int Length, string Key, bool JoinsPrevious)
{
    public int End => Start + Length;

    public static List<WordPart> Of(string text)
    {
        var parts = new List<WordPart>();
        var joinable = false;
        foreach (var token in Tokenizer.Tokenize(text))
        {
            if (token.Kind == TokenKind.Punctuation)
            {
                joinable = text[token.Start] is '-' or '‐' && joinable; // a spaced hyphen still joins "pro - Palestine"
                continue;
            }

            var s = token.Start;
            var end = token.Start + token.Length;
            for (var i = token.Start; i <= end; i++)
            {
                if (i < end && text[i] is not ('-' or '‐'))
                {
                    continue;
                }

                if (i > s)
                {
                    parts.Add(new WordPart(s, i - s, KeyOf(text.AsSpan(s, i - s)), joinable));
                    joinable = true;
                }

                s = i + 1;
            }

            joinable = true;
        }

        return parts;
    }

    public static string KeyOf(ReadOnlySpan<char> word)
    {
        var key = word.ToString().ToLowerInvariant().Replace('’', '\'');
        return key.EndsWith("'s", StringComparison.Ordinal) && key.Length > 2 ? key[..^2] : key;
    }
}
