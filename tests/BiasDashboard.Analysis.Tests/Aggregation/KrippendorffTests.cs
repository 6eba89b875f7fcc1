using BiasDashboard.Analysis.Aggregation;

namespace BiasDashboard.Analysis.Tests.Aggregation;

public sealed class KrippendorffTests
{
    // Krippendorff (2011), "Computing Krippendorff's Alpha-Reliability", the worked example: 4 observers, 12 units,
    // missing values; interval alpha = 0.849.
    private static readonly double?[][] Observers =
    [
        [1, 2, 3, 3, 2, 1, 4, 1, 2, null, null, null],
        [1, 2, 3, 3, 2, 2, 4, 1, 2, 5, null, 3],
        [null, 3, 3, 3, 2, 3, 4, 2, 2, 5, 1, null],
        [1, 2, 3, 3, 2, 4, 4, 1, 2, 5, 1, null],
    ];

    [Fact]
    public void IntervalAlpha_MatchesThePublishedExample()
    {
        var units = Enumerable.Range(0, 12)
            .Select(u => (IReadOnlyList<double>)Observers.Select(o => o[u]).OfType<double>().ToList()).ToList();

        Assert.Equal(0.849, Krippendorff.IntervalAlpha(units)!.Value, 3);
    }

    [Fact]
    public void IntervalAlpha_IsOneForPerfectAgreementAndNullWithoutVariation()
    {
        Assert.Equal(1.0, Krippendorff.IntervalAlpha([[1.0, 1.0], [3.0, 3.0], [-2.0, -2.0]])!.Value, 9);
        Assert.Null(Krippendorff.IntervalAlpha([[2.0, 2.0], [2.0, 2.0]]));
        Assert.Null(Krippendorff.IntervalAlpha([[1.0], [2.0]])); // no unit rated twice
    }

    [Fact]
    public void IntervalAlpha_IsBelowZeroForSystematicDisagreement()
    {
        Assert.True(Krippendorff.IntervalAlpha([[-2.0, 2.0], [2.0, -2.0], [-1.0, 1.0]]) < 0);
    }
}
