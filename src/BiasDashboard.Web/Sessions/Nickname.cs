using System.Globalization;
using System.Text;

namespace BiasDashboard.Web.Sessions;

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

    /// <summary>
    /// The comparison key of a cleaned nickname: upper case, culture-free, and with the Cyrillic and Greek capitals that
    /// look like Latin ones read as Latin, so Cyrillic "Аda" and Greek "ΑDΑ" are the same student as "Ada".
    /// </summary>
    public static string Key(string clean)
    {
        var upper = clean.ToUpperInvariant();
        var key = new StringBuilder(upper.Length);
        foreach (var c in upper)
        {
            key.Append(Skeleton.TryGetValue(c, out var latin) ? latin : c);
        }

        return key.ToString();
    }

    // The common whole-letter confusables of Unicode's confusables.txt between Latin and Cyrillic or Greek capitals
    // (lower case letters reach them through ToUpperInvariant): Lookalikes[i] reads as Latin[i]. Enough to stop one
    // student posing as another in a class; not a full UTS #39 skeleton.
    private const string Lookalikes =
        "\u0410\u0412\u0415\u041A\u041C\u041D\u041E\u0420\u0421\u0422" +
        "\u0423\u0425\u0405\u0406\u0408\u04AE\u04C0\u0500\u051A\u051C" // Cyrillic
        + "\u0391\u0392\u0395\u0396\u0397\u0399\u039A\u039C\u039D\u039F\u03A1\u03A4\u03A5\u03A7"; // Greek
    private const string Latin = "ABEKMHOPCTYXSIJYIDQW" + "ABEZHIKMNOPTYX";

    private static readonly Dictionary<char, char> Skeleton = Lookalikes.Zip(Latin).ToDictionary(p => p.First, p => p.Second);

    // Format (Cf) covers zero-width spaces and joiners and every bidi control; the explicit values are characters
    // that draw nothing but are letters or marks to Unicode (Hangul fillers, braille blank, grapheme joiner, variation selectors).
    private static bool Invisible(Rune rune) =>
        Rune.GetUnicodeCategory(rune) is UnicodeCategory.Format or UnicodeCategory.Control or UnicodeCategory.Surrogate
            or UnicodeCategory.PrivateUse or UnicodeCategory.OtherNotAssigned
        || rune.Value is 0x115F or 0x1160 or 0x3164 or 0xFFA0 or 0x2800 or 0x034F
            or (>= 0xFE00 and <= 0xFE0F) or (>= 0xE0100 and <= 0xE01EF);
}
