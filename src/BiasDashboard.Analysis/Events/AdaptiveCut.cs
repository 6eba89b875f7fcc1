namespace BiasDashboard.Analysis.Events;

/// <summary>
/// Where to stop merging, read from the collection itself: similarities shrink as a collection grows and
/// its vocabulary widens, and grow when it is all about one topic, so a constant fitted to one corpus fails on
/// another. The cut is a fixed fraction of the typical nearest-neighbour similarity (the median over articles),
/// kept within bounds for tiny collections.
/// </summary>
internal static class AdaptiveCut
{
    public const double Fraction = 0.45;
    public const double Lowest = 0.12;
    public const double Highest = 0.3;

    public static double Of(IReadOnlyList<double> nearest)
    {
        if (nearest.Count == 0)
        {
            return Highest;
        }

        var sorted = nearest.Order().ToArray();
        var median = sorted[sorted.Length / 2];
        return Math.Clamp(Fraction * median, Lowest, Highest);
    }
}
