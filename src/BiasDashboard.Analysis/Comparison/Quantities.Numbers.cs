using System.Collections.Frozen;
using System.Globalization;

namespace BiasDashboard.Analysis.Comparison;

// How a number reads: percentages, approximations ("about", "nearly"), magnitudes, dates and times that are not counts, and how a value is
// shown.
internal static partial class Quantities
{
    // What a percentage is of: the noun after it ("a 15% pay rise" → rise, "38% of the spending" → spending), else the noun
    // before its verb ("deforestation fell 22%", "cutting deforestation by 31%", "shares up 4%").
    private static string? PercentOf(List<(int Start, int End, string Lower)> words, int number, int after)
    {
        string? noun = null;
        for (var k = after; k < words.Count && k < after + 3; k++)
        {
            var word = words[k].Lower;
            if (NotNouns.Contains(word) && word is not "of" and not "the")
            {
                break;
            }

            if (word is not "of" and not "the" and not "a" && !word.Any(char.IsDigit))
            {
                noun = word;
            }
        }

        if (noun is not null && noun is not "more" and not "less" and not "higher" and not "lower")
        {
            return noun;
        }

        for (var k = number - 1; k >= 0 && k >= number - 4; k--)
        {
            var word = words[k].Lower;
            if (NotNouns.Contains(word) || word.EndsWith("ed", StringComparison.Ordinal) ||
                word.EndsWith("ing", StringComparison.Ordinal) ||
                word is "fell" or "rose" or "up" or "down" or "grew" or "took" or "won" or "got" or "get" or "gets" or "whopping" or
                    "just" or "only" or "about" or "nearly")
            {
                continue;
            }

            return word;
        }

        return null;
    }

    private static (double Low, double High, string Qualifier) Approximation(List<(int Start, int End, string Lower)> words, int number)
    {
        string Before(int n) => number - n >= 0 ? words[number - n].Lower : "";
        var one = Before(1);
        var two = Before(2) + " " + one;
        return two switch
        {
            "more than" or "at least" or "just over" or "well over" => (1, 4.0 / 3, two),
            "fewer than" or "less than" or "just under" or "up to" => (0.75, 1, two),
            "an estimated" => (0.9, 1.1, two),
            _ => one switch
            {
                "about" or "around" or "roughly" or "approximately" or "some" or "estimated" => (0.9, 1.1, one),
                "nearly" or "almost" => (0.9, 1, one),
                "over" => (1, 4.0 / 3, one),
                "under" => (0.75, 1, one),
                _ => (1, 1, ""),
            },
        };
    }

    private static readonly FrozenSet<string> DateOrTimeWords = FrozenSet.ToFrozenSet(
        ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december", "jan",
            "feb",
         "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "am", "pm", "st", "nd", "rd", "th", "years", "year",
             "minutes",
         "hours", "days", "weeks", "months", "times"],
        StringComparer.Ordinal);

    private static bool IsDateOrTime(string next, ReadOnlySpan<char> after) =>
        DateOrTimeWords.Contains(next) || next == "a" && after.TrimStart().StartsWith("a.m") || after.StartsWith(":");

    private static double Magnitude(string word) => word switch
    {
        "k" or "thousand" => 1e3,
        "m" or "mn" or "mln" or "million" => 1e6,
        "bn" or "b" or "billion" => 1e9,
        _ => 0,
    };

    private static string OrderName(int order) => order switch
    {
        3 => "thousands",
        4 => "tens of thousands",
        5 => "hundreds of thousands",
        6 => "millions",
        7 => "tens of millions",
        8 => "hundreds of millions",
        _ => order >= 9 ? "billions" : "units",
    };

    private static string Formatted(double value) =>
        value >= 1e9 ? (value / 1e9).ToString("0.###", CultureInfo.InvariantCulture) + " billion"
        : value >= 1e6 ? (value / 1e6).ToString("0.###", CultureInfo.InvariantCulture) + " million"
        : value.ToString(value == Math.Floor(value) ? "#,0" : "#,0.###", CultureInfo.InvariantCulture);

    private static string Shown(string qualifier, string number) => qualifier.Length == 0 ? number : qualifier + " " + number;
}
