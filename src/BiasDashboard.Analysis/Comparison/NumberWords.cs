using System.Collections.Frozen;
using System.Globalization;

namespace BiasDashboard.Analysis.Comparison;

/// <summary>Reads the numbers news copy writes: "1,689", "34.8", "ten", "twenty-five", "a dozen".</summary>
internal static class NumberWords
{
    private static readonly FrozenDictionary<string, int> Words =
        ("one=1 two=2 three=3 four=4 five=5 six=6 seven=7 eight=8 nine=9 ten=10 eleven=11 twelve=12 thirteen=13 fourteen=14 fifteen=15 " +
         "sixteen=16 seventeen=17 eighteen=18 nineteen=19 twenty=20 thirty=30 forty=40 fifty=50 sixty=60 seventy=70 eighty=80 ninety=90 " +
         "dozen=12 hundred=100 thousand=1000")
        .Split(' ').Select(p => p.Split('='))
        .ToFrozenDictionary(p => p[0], p => int.Parse(p[1], CultureInfo.InvariantCulture), StringComparer.OrdinalIgnoreCase);

    /// <summary>The regex alternative matching one written number.</summary>
    public const string Pattern =
        @"(?:\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-(?:one|two|three|four|five|" +
            @"six|seven|eight|nine))?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|" +
            @"seventeen|eighteen|nineteen|a\s+dozen)(?:\s+(?:hundred|thousand|dozen))?";

    /// <summary>The value of a number matched by <see cref="Pattern"/>, or null.</summary>
    public static double? Parse(string text)
    {
        var parts = text.Trim().ToLowerInvariant().Split([' ', '\t', '\n'], StringSplitOptions.RemoveEmptyEntries).Where(p =>
            p != "a").ToList();
        if (parts.Count == 0)
        {
            return null;
        }

        double value;
        if (double.TryParse(parts[0].Replace(",", "", StringComparison.Ordinal), NumberStyles.Float, CultureInfo.InvariantCulture,
            out var digits))
        {
            value = digits;
        }
        else
        {
            var pieces = parts[0].Split('-');
            if (!pieces.All(Words.ContainsKey))
            {
                return null;
            }

            value = pieces.Sum(p => Words[p]);
        }

        foreach (var scale in parts.Skip(1))
        {
            value *= Words.TryGetValue(scale, out var multiplier) ? multiplier : 1;
        }

        return value;
    }

    /// <summary>
    /// Where numbers start in <paramref name="text"/>: a digit not inside a word or another number, or a number word
    /// ("ten", "Twenty-five", "a dozen" from its "a"). A cheap scan, so the patterns run only where they can match.
    /// </summary>
    public static List<int> Starts(string text)
    {
        var starts = new List<int>();
        var lookup = Words.GetAlternateLookup<ReadOnlySpan<char>>();
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var wordStart = i == 0 || !(char.IsLetterOrDigit(text[i - 1]) || text[i - 1] is '.' or ',' or '\'' or '’' or '-');
            if (!wordStart || !char.IsLetterOrDigit(c))
            {
                continue;
            }

            var end = i;
            while (end < text.Length && char.IsLetterOrDigit(text[end]))
            {
                end++;
            }

            var word = text.AsSpan(i, end - i);
            if (char.IsDigit(c) || lookup.ContainsKey(word) && !word.Equals("hundred", StringComparison.OrdinalIgnoreCase) &&
                !word.Equals("thousand", StringComparison.OrdinalIgnoreCase))
            {
                starts.Add(i);
            }
            else if (word.Equals("a", StringComparison.OrdinalIgnoreCase) &&
                text.AsSpan(end).TrimStart().StartsWith("dozen", StringComparison.OrdinalIgnoreCase))
            {
                starts.Add(i);
            }

            i = end - 1;
        }

        return starts;
    }

    /// <summary>Whether <paramref name="text"/> has a word about voting ("voted", "abstained"), where a stance may be.</summary>
    public static bool MentionsVoting(string text) =>
        text.Contains("vot", StringComparison.OrdinalIgnoreCase) || text.Contains("abstain", StringComparison.OrdinalIgnoreCase);

    /// <summary>The number as compared across outlets: "10", "34.8".</summary>
    public static string Format(double value) => value.ToString("0.###", CultureInfo.InvariantCulture);
}
