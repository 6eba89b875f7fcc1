using System.Globalization;
using System.Text;

namespace BiasDashboard.Web.Classroom;

/// <summary>
/// Nicknames as the class sees them: Unicode NFKC (so full-width "Ａｄａ" is "Ada"), with invisible characters
/// (zero-width spaces and joiners, bidi controls such as right-to-left overrides, other format and control
/// characters, Hangul fillers) removed and runs of white space made one space. Two nicknames are the same when their
/// <see cref="Key"/>s are, so "Ada" and "A\u200Bda" cannot be two students.
/// </summary>
public static class Nickname
{
    public const int MaxLength = 40;

    /// <summary>The nickname as shown, or null when nothing visible is left.</summary>
    public static string? Clean(string? raw)
    {
        if (string.IsNullOrEmpty(raw))
        {
            return null;
        }

        var text = raw.Length > 4 * MaxLength ? raw[..(4 * MaxLength)] : raw; // a bound before the work
        string normal;
        try
        {
            normal = text.Normalize(NormalizationForm.FormKC);
        }
        catch (ArgumentException)
        {
            return null; // lone surrogates: not a name
        }

        var clean = new StringBuilder(normal.Length);
        var space = false;
        foreach (var rune in normal.EnumerateRunes())
        {
            if (Rune.IsWhiteSpace(rune))
            {
                space = clean.Length > 0;
                continue;
            }

            if (Invisible(rune))
            {
                continue;
            }

            if (space)
            {
                clean.Append(' ');
                space = false;
            }

            clean.Append(rune.ToString());
        }

        return clean.Length == 0 ? null : clean.ToString();
    }

    /// <summary>The comparison key of a cleaned nickname: upper case, culture-free.</summary>
    public static string Key(string clean) => clean.ToUpperInvariant();

    // Format (Cf) covers zero-width spaces and joiners and every bidi control; the explicit values are characters
    // that draw nothing but are letters or marks to Unicode (Hangul fillers, braille blank, grapheme joiner, variation selectors).
    private static bool Invisible(Rune rune) =>
        Rune.GetUnicodeCategory(rune) is UnicodeCategory.Format or UnicodeCategory.Control or UnicodeCategory.Surrogate
            or UnicodeCategory.PrivateUse or UnicodeCategory.OtherNotAssigned
        || rune.Value is 0x115F or 0x1160 or 0x3164 or 0xFFA0 or 0x2800 or 0x034F or (>= 0xFE00 and <= 0xFE0F) or (>= 0xE0100 and <= 0xE01EF);
}
