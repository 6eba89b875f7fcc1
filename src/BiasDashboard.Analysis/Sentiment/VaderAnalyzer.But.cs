namespace BiasDashboard.Analysis.Sentiment;

// The contrastive "but" rule, after all words have their valence.
public sealed partial class VaderAnalyzer
{
    private const int LongSentence = 256;

    // Reference: _but_check, including its list.index(value) lookup: each value is scaled at the FIRST
    // position holding an equal value, so with repeated values the wrong word may be scaled, or one twice.
    private static void ButCheck(SentiText senti)
    {
        var tokens = senti.Tokens.AsSpan(0, senti.Count);
        var bi = -1;
        for (var k = 0; k < tokens.Length; k++)
        {
            if (tokens[k].Word == RuleWord.But)
            {
                bi = k;
                break;
            }
        }

        if (bi < 0)
        {
            return;
        }

        var sentiments = senti.Sentiments.AsSpan(0, senti.Count);
        if (sentiments.Length > LongSentence)
        {
            ButCheckIndexed(sentiments, bi);
        }
        else
        {
            ButCheckScan(sentiments, bi);
        }
    }

    internal static void ButCheckScan(Span<double> sentiments, int bi)
    {
        for (var p = 0; p < sentiments.Length; p++)
        {
            var x = sentiments[p];
            var j = 0;
            while (sentiments[j] != x)
            {
                j++; // Python's == on floats: 0.0 equals -0.0.
            }

            ScaleAroundBut(sentiments, j, bi, x);
        }
    }

    // The same visit order and first-equal-index lookup, kept O(n log n) with an index per value, so a
    // hostile "sentence" of a million words with a "but" cannot take quadratic time.
    internal static void ButCheckIndexed(Span<double> sentiments, int bi)
    {
        var positions = new Dictionary<double, SortedSet<int>>(); // double's equality and hash treat 0.0 and -0.0 alike
        for (var k = 0; k < sentiments.Length; k++)
        {
            PositionsOf(positions, sentiments[k]).Add(k);
        }

        for (var p = 0; p < sentiments.Length; p++)
        {
            var x = sentiments[p];
            var at = positions[x];
            var j = at.Min;
            ScaleAroundBut(sentiments, j, bi, x);
            if (sentiments[j] != x)
            {
                at.Remove(j);
                PositionsOf(positions, sentiments[j]).Add(j);
            }
        }
    }

    private static SortedSet<int> PositionsOf(Dictionary<double, SortedSet<int>> positions, double value)
    {
        if (!positions.TryGetValue(value, out var set))
        {
            positions[value] = set = [];
        }

        return set;
    }

    private static void ScaleAroundBut(Span<double> sentiments, int j, int bi, double x)
    {
        if (j < bi)
        {
            sentiments[j] = x * VaderConstants.BeforeButScalar;
        }
        else if (j > bi)
        {
            sentiments[j] = x * VaderConstants.AfterButScalar;
        }
    }
}
