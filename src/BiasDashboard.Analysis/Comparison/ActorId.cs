using System.Collections.Frozen;
using System.Globalization;
using System.Text;

namespace BiasDashboard.Analysis.Comparison;

/// <summary>
/// The one place an actor's id comes from: the name folded to lower-case ASCII-like letters and digits with single
/// hyphens between words. Case, diacritics ("Peña" → "pena"), hyphens and spaces ("Kim Jong-un" → "kim-jong-un") and
/// apostrophes and full stops ("O’Connor" → "oconnor", "U.S." → "us") fold away, so two spellings of one name get one id,
/// and the catalogue keys its actors by this id, so two actors can never share one.
/// </summary>
/// <remarks>
/// Diacritics are folded from a table rather than by Unicode normalisation: with invariant globalisation (the CLI)
/// <see cref="string.Normalize()"/> leaves "ñ" as it is, and an id must not depend on how the process was started.
/// </remarks>
public static class ActorId
{
    // Precomposed Latin letters and their base letters; combining marks (U+0300–U+036F etc.) are dropped separately.
    private static readonly FrozenDictionary<char, string> Folds = BuildFolds();

    /// <summary>The id of an actor called <paramref name="name"/>.</summary>
    public static string Of(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var builder = new StringBuilder(name.Length);
        var pendingBreak = false;
        foreach (var c in name)
        {
            if (Folds.TryGetValue(char.ToLowerInvariant(c), out var folded))
            {
                Append(builder, folded, ref pendingBreak);
            }
            else if (char.IsLetterOrDigit(c))
            {
                Append(builder, char.ToLowerInvariant(c).ToString(), ref pendingBreak);
            }
            else if (c is '\'' or '’' or '‘' or 'ʼ' or '.' || CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or
                UnicodeCategory.EnclosingMark or UnicodeCategory.Format)
            {
                // Inside a word: "O’Connor", "U.S.", a combining accent, a soft hyphen.
            }
            else
            {
                pendingBreak = builder.Length > 0;
            }
        }

        return builder.ToString();
    }

    private static void Append(StringBuilder builder, string letters, ref bool pendingBreak)
    {
        if (pendingBreak)
        {
            builder.Append('-');
            pendingBreak = false;
        }

        builder.Append(letters);
    }

    private static FrozenDictionary<char, string> BuildFolds()
    {
        var table = new Dictionary<char, string>();
        void Add(string letters, string to)
        {
            foreach (var c in letters)
            {
                table[c] = to;
            }
        }

        // Lower case only: Of looks up char.ToLowerInvariant(c).
        Add("àáâãäåāăąǎǻạảấầẩẫậắằẳẵặ", "a");
        Add("æǽ", "ae");
        Add("çćĉċč", "c");
        Add("ďđð", "d");
        Add("èéêëēĕėęěẹẻẽếềểễệə", "e");
        Add("ĝğġģ", "g");
        Add("ĥħ", "h");
        Add("ìíîïĩīĭįıǐỉị", "i");
        Add("ĳ", "ij");
        Add("ĵ", "j");
        Add("ķĸ", "k");
        Add("ĺļľŀł", "l");
        Add("ñńņňŉŋ", "n");
        Add("òóôõöøōŏőơǒǿọỏốồổỗộớờởỡợ", "o");
        Add("œ", "oe");
        Add("ŕŗř", "r");
        Add("śŝşšșſ", "s");
        Add("ß", "ss");
        Add("ţťŧț", "t");
        Add("þ", "th");
        Add("ùúûüũūŭůűųưǔụủứừửữự", "u");
        Add("ŵ", "w");
        Add("ýÿŷỳỵỷỹ", "y");
        Add("źżž", "z");
        return table.ToFrozenDictionary();
    }
}
