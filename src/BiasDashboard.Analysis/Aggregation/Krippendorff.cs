namespace BiasDashboard.Analysis.Aggregation;

/// <summary>
/// Krippendorff's alpha for interval data (Krippendorff 2011, "Computing Krippendorff's Alpha-Reliability"): how far
/// raters agree beyond chance, 1 for perfect agreement, 0 for chance, below 0 for systematic disagreement. Missing
/// ratings are allowed; a unit rated by fewer than two raters does not count. α = 1 − D_o / D_e, where D_o is the mean
/// squared difference between values within units (pairable values only) and D_e the same over all pairable values.
/// </summary>
public static class Krippendorff
{
    /// <summary>Alpha over <paramref name="units"/>, each the ratings it got; null when no two ratings share a unit or all values are
    /// equal.</summary>
    public static double? IntervalAlpha(IEnumerable<IReadOnlyList<double>> units)
    {
        ArgumentNullException.ThrowIfNull(units);
        var pairable = units.Where(u => u.Count >= 2).ToList();
        var n = pairable.Sum(u => u.Count);
        if (n < 2)
        {
            return null;
        }

        var observed = 0.0;
        foreach (var unit in pairable)
        {
            var sum = 0.0;
            for (var i = 0; i < unit.Count; i++)
            {
                for (var j = 0; j < unit.Count; j++)
                {
                    sum += Square(unit[i] - unit[j]);
                }
            }

            observed += sum / (unit.Count - 1);
        }

        observed /= n;
        var values = pairable.SelectMany(u => u).ToArray();
        var expected = 0.0;
        for (var i = 0; i < values.Length; i++)
        {
            for (var j = 0; j < values.Length; j++)
            {
                expected += Square(values[i] - values[j]);
            }
        }

        expected /= (double)n * (n - 1);
        return expected == 0 ? null : 1 - observed / expected;
    }

    private static double Square(double x) => x * x;
}
