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

    public static List<WordPart> Of(string text) =>
        Spans(text).Select(p => p with { Key = KeyOf(text.AsSpan(p.Start, p.Length)) }).ToList();

    /// <summary>The word parts without their keys (<see cref="Key"/> is empty), for callers that look words up as spans.</summary>
    public static List<WordPart> Spans(string text)
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
                    parts.Add(new WordPart(s, i - s, "", joinable));
                    joinable = true;
                }

                s = i + 1;
            }

            joinable = true;
        }

        return parts;
    }

    /// <summary>The key of <paramref name="word"/> written into <paramref name="buffer"/> (the word itself when longer), without
    /// allocating.</summary>
    public static ReadOnlySpan<char> KeyOf(ReadOnlySpan<char> word, Span<char> buffer)
    {
        if (word.Length > buffer.Length)
        {
            return KeyOf(word);
        }

        var key = buffer[..word.Length];
        word.ToLowerInvariant(key);
        key.Replace('’', '\'');
        return key.Length > 2 && key.EndsWith("'s") ? key[..^2] : key;
    }

    public static string KeyOf(ReadOnlySpan<char> word)
    {
        var key = word.ToString().ToLowerInvariant().Replace('’', '\'');
        return key.EndsWith("'s", StringComparison.Ordinal) && key.Length > 2 ? key[..^2] : key;
    }
}
