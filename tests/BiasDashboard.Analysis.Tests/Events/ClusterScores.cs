namespace BiasDashboard.Analysis.Tests.Events;

/// <summary>
/// How well a grouping agrees with the gold events: the adjusted Rand index (Hubert and Arabie 1985; 1 = identical,
/// about 0 = chance) and pairwise precision and recall (of the article pairs put together, how many belong together;
/// of those that belong together, how many were put together).
/// </summary>
public sealed record ClusterScores(double AdjustedRand, double Precision, double Recall, int Groups, int ExactGroups)
{
    public static ClusterScores Of(IReadOnlyDictionary<string, string> gold, IReadOnlyDictionary<string, string> found)
    {
        var keys = gold.Keys.Order(StringComparer.Ordinal).ToList();
        var contingency = keys.GroupBy(k => (gold[k], found[k])).Select(g => (double)g.Count()).ToList();
        var rows = keys.GroupBy(k => gold[k]).Select(g => (double)g.Count()).ToList();
        var columns = keys.GroupBy(k => found[k]).Select(g => (double)g.Count()).ToList();
        static double Pairs(double n) => n * (n - 1) / 2;
        var index = contingency.Sum(Pairs);
        var rowPairs = rows.Sum(Pairs);
        var columnPairs = columns.Sum(Pairs);
        var expected = rowPairs * columnPairs / Pairs(keys.Count);
        var max = (rowPairs + columnPairs) / 2;
        var ari = max == expected ? 1 : (index - expected) / (max - expected);
        var exact = keys.GroupBy(k => found[k]).Count(g => g.Select(k => gold[k]).Distinct().Count() == 1
            && g.Count() == keys.Count(k => gold[k] == gold[g.First()]));
        return new ClusterScores(ari, columnPairs == 0 ? 1 : index / columnPairs, rowPairs == 0 ? 1 : index / rowPairs, columns.Count, exact);
    }

    public override string ToString() =>
        FormattableString.Invariant($"ARI {AdjustedRand:0.000}, pairwise precision {Precision:0.000}, recall {Recall:0.000}, {Groups} groups ({ExactGroups} exact)");
}
