using System.Text.RegularExpressions;
using BiasDashboard.Analysis.Text;

namespace BiasDashboard.Analysis.Comparison;

// Tallies: "294 to 125", "294 voting against and 125 in favour", read before the counts so a tally's numbers are not counted twice.
public static partial class FactFinder
{
    private static List<TextRange> Tallies(string body, Sentence sentence, List<FactClaim> claims)
    {
        var used = new List<TextRange>();
        if (!VotingRegex().IsMatch(body))
        {
            return used;
        }

        // Read once per sentence, not once per tally: every step here stays linear in the sentence.
        var what = CouncilRegex().IsMatch(body) ? ("council", " (UN Security Council)") : MotionRegex().IsMatch(body)
            ? ("motion", " on the motion or amendment") : ("vote", "");
        foreach (var regex in (ReadOnlySpan<Regex>)[TallyRegex(), TallyInWordsRegex()])
        {
            var before = used.Count;
            foreach (Match m in regex.Matches(body))
            {
                var first = m.Groups["a"];
                var second = m.Groups["b"];
                var start = first.Index;
                var length = m.Index + m.Length - start;
                var afterB = second.Index + second.Length;
                if (afterB < body.Length && body[afterB] is ',' || afterB < body.Length && char.IsAsciiDigit(body[afterB]) ||
                    NumberWords.Parse(first.Value) is not { } x || NumberWords.Parse(second.Value) is not { } y ||
                    x is >= 1900 and <= 2100 && y is >= 1900 and <= 2100 || Overlaps(used, before, start, start + length))
                {
                    continue;
                }

                used.Add(new TextRange(start, length));
                claims.Add(Claim(sentence, $"tally:{what.Item1}", $"Vote result{what.Item2}",
                    $"{NumberWords.Format(Math.Max(x, y))}–{NumberWords.Format(Math.Min(x, y))}", start, length));
            }

            used.Sort((l, r) => l.Start.CompareTo(r.Start));
        }

        return used;
    }

    // Whether [start, end) overlaps one of the first `count` ranges of `sorted` (ordered by start, not overlapping each other).
    private static bool Overlaps(List<TextRange> sorted, int count, int start, int end)
    {
        int lo = 0, hi = count - 1;
        while (lo <= hi)
        {
            var mid = (lo + hi) / 2;
            if (sorted[mid].End <= start)
            {
                lo = mid + 1;
            }
            else if (sorted[mid].Start >= end)
            {
                hi = mid - 1;
            }
            else
            {
                return true;
            }
        }

        return false;
    }
}
