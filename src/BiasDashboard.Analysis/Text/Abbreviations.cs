using System.Collections.Frozen;

namespace BiasDashboard.Analysis.Text;

/// <summary>Words that end in a full stop without ending a sentence, as news copy uses them.</summary>
internal static class Abbreviations
{
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Titles = new[]
    {
        "mr", "mrs", "ms", "mx", "dr", "prof", "sr", "jr", "st", "rev", "hon", "gen", "col", "lt", "sgt", "capt",
        "cllr", "gov", "sen", "rep", "supt", "insp", "det", "mt", "ft", "vs", "v", "cf", "approx", "fig", "vol",
        "jan", "feb", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "e.g", "i.e", "nos",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>
    /// Whether the word before a full stop makes it an abbreviation: a title or short form (Mr., Sept.),
    /// an initial (J.), an acronym with points (U.S.), or "No." before a number ("No. 10").
    /// </summary>
    public static bool Ends(ReadOnlySpan<char> word, char next)
    {
        if (word.IsEmpty)
        {
            return false;
        }

        if (word.Equals("no", StringComparison.OrdinalIgnoreCase))
        {
            return char.IsDigit(next);
        }

        return Titles.Contains(word) || (word.Length == 1 && char.IsUpper(word[0])) || IsDottedAcronym(word);
    }

    // "U.S", "U.K", "a.m": single letters separated by points.
    private static bool IsDottedAcronym(ReadOnlySpan<char> word)
    {
        if (word.Length < 3 || word.Length % 2 == 0)
        {
            return false;
        }

        for (var i = 0; i < word.Length; i++)
        {
            var ok = i % 2 == 0 ? char.IsLetter(word[i]) : word[i] == '.';
            if (!ok)
            {
                return false;
            }
        }

        return true;
    }
}
