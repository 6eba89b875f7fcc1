using System.Buffers;
using System.Globalization;
using System.Text;

namespace BiasDashboard.Analysis.Sentiment;

/// <summary>
/// Python <c>str</c> semantics the reference relies on, where .NET's differ: whitespace for
/// <c>split()</c>/<c>strip()</c>, <c>string.punctuation</c>, <c>isupper()</c> and code-point lengths.
/// </summary>
internal static class PythonText
{
    /// <summary>Python's <c>str.isspace</c> per character: .NET's set plus U+001C–U+001F.</summary>
    public static bool IsWhiteSpace(char c) => c <= ' '
        ? c == ' ' || (c >= '\t' && c <= '\r') || (c >= '\x1c' && c <= '\x1f')
        : c >= '\x85' && char.IsWhiteSpace(c);

    /// <summary>Python's <c>string.punctuation</c>: the 32 ASCII punctuation characters.</summary>
    public static bool IsAsciiPunctuation(char c) =>
        (c >= '!' && c <= '/') || (c >= ':' && c <= '@') || (c >= '[' && c <= '`') || (c >= '{' && c <= '~');

    // Lower-case of each BMP char, filled on first use: char.ToLowerInvariant goes to ICU for non-ASCII text.
    private static readonly char[] LowerBmp = new char[char.MaxValue + 1];

    /// <summary>
    /// Lower-cases UTF-16 unit by unit with invariant simple case mapping. Python's full mapping differs only
    /// where the result has several code points (İ → i̇); .NET leaves İ as it is, and neither form is a lexicon key.
    /// </summary>
    public static void ToLower(ReadOnlySpan<char> source, Span<char> destination)
    {
        var i = 0;
        while (i < source.Length)
        {
            // Vectorised over ASCII runs; stops at the first non-ASCII char.
            Ascii.ToLower(source[i..], destination[i..], out var done);
            i += done;
            if (i == source.Length)
            {
                return;
            }

            var c = source[i];
            var lower = LowerBmp[c];
            if (lower == '\0')
            {
                lower = char.IsSurrogate(c) ? c : char.ToLowerInvariant(c);
                LowerBmp[c] = lower; // Idempotent, so concurrent fills are harmless.
            }

            destination[i++] = lower;
        }
    }

    /// <summary>Whether <paramref name="s"/> contains "n't" with an ASCII apostrophe (the reference's negation test).</summary>
    public static bool ContainsNt(ReadOnlySpan<char> s)
    {
        for (var i = 1; i < s.Length - 1; i++)
        {
            if (s[i] == '\'' && s[i - 1] == 'n' && s[i + 1] == 't')
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether <paramref name="s"/> has more than two code points, as Python's <c>len(s) &gt; 2</c>.</summary>
    public static bool HasMoreThanTwoCodePoints(ReadOnlySpan<char> s) =>
        s.Length > 4 || (s.Length > 2 && CodePointCount(s) > 2);

    /// <summary>Length in code points, as Python's <c>len</c> counts.</summary>
    public static int CodePointCount(ReadOnlySpan<char> s)
    {
        var count = s.Length;
        foreach (var c in s)
        {
            if (char.IsLowSurrogate(c))
            {
                count--;
            }
        }

        return count;
    }

    /// <summary>
    /// Python's <c>str.isupper()</c>: at least one cased character and no lower-case or title-case one.
    /// Python reads the Unicode Uppercase/Lowercase properties, which include Other_Uppercase
    /// (Ⅰ, Ⓐ, 🄰) and Other_Lowercase (ª, ʰ, ⅰ, ⓐ); category Lu/Ll alone would miss them.
    /// </summary>
    public static bool IsUpper(ReadOnlySpan<char> s)
    {
        var cased = false;
        var i = 0;
        while (i < s.Length)
        {
            var c = s[i];
            if (c < 0x80)
            {
                if (c >= 'a' && c <= 'z')
                {
                    return false;
                }

                cased |= c >= 'A' && c <= 'Z';
                i++;
                continue;
            }

            if (Rune.DecodeFromUtf16(s[i..], out var rune, out var used) != OperationStatus.Done)
            {
                i++;
                continue;
            }

            i += used;
            var category = Rune.GetUnicodeCategory(rune);
            if (category is UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter || IsOtherLowercase(rune.Value))
            {
                return false;
            }

            cased |= category == UnicodeCategory.UppercaseLetter || IsOtherUppercase(rune.Value);
        }

        return cased;
    }

    // Unicode 15 PropList.txt, Other_Uppercase.
    private static bool IsOtherUppercase(int cp) =>
        (cp >= 0x2160 && cp <= 0x216F) || (cp >= 0x24B6 && cp <= 0x24CF) ||
        (cp >= 0x1F130 && cp <= 0x1F149) || (cp >= 0x1F150 && cp <= 0x1F169) || (cp >= 0x1F170 && cp <= 0x1F189);

    // Unicode 15 PropList.txt, Other_Lowercase (the ranges outside Lm/Ll that matter for cased text).
    private static bool IsOtherLowercase(int cp) =>
        cp is 0xAA or 0xBA or 0x345 or 0x37A or 0x10FC or 0x1D78 or 0x2071 or 0x207F or 0xA770 or 0xAB69 ||
        (cp >= 0x2B0 && cp <= 0x2B8) || (cp >= 0x2C0 && cp <= 0x2C1) || (cp >= 0x2E0 && cp <= 0x2E4) ||
        (cp >= 0x1D2C && cp <= 0x1D6A) || (cp >= 0x1D9B && cp <= 0x1DBF) || (cp >= 0x2090 && cp <= 0x209C) ||
        (cp >= 0x2170 && cp <= 0x217F) || (cp >= 0x24D0 && cp <= 0x24E9) || (cp >= 0x2C7C && cp <= 0x2C7D) ||
        (cp >= 0xA69C && cp <= 0xA69D) || (cp >= 0xA7F8 && cp <= 0xA7F9) || (cp >= 0xAB5C && cp <= 0xAB5F);
}
