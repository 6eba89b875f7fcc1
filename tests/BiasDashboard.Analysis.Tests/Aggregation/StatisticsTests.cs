using BiasDashboard.Analysis.Aggregation;

namespace BiasDashboard.Analysis.Tests.Aggregation;

public sealed class StatisticsTests
{
    [Fact]
    public void Median_OddAndEvenCounts()
    {
        Assert.Equal(2, Statistics.Median([3, 1, 2]));
        Assert.Equal(2.5, Statistics.Median([4, 1, 3, 2]));
    }

    [Fact]
    public void MeanInterval95_IsMeanPlusMinusTTimesStandardError()
    {
        double[] values = [1, 2, 3, 4];
        var half = 3.182 * Statistics.StandardDeviation(values) / 2;

        var ci = Statistics.MeanInterval95(values)!;

        Assert.Equal(2.5 - half, ci.Low, 12);
        Assert.Equal(2.5 + half, ci.High, 12);
    }

    [Fact]
    public void MeanInterval95_OneValue_IsNull() => Assert.Null(Statistics.MeanInterval95([0.5]));

    [Theory]
    [InlineData(40, 2.021)]
    [InlineData(60, 2.000)]
    [InlineData(120, 1.980)]
    [InlineData(1000, 1.962)]
    public void StudentT975_BeyondTheTable_MatchesPublishedQuantiles(int df, double expected) =>
        Assert.Equal(expected, Statistics.StudentT975(df), 3);

    [Fact]
    public void EmptyInput_GivesNaN()
    {
        Assert.True(double.IsNaN(Statistics.Mean([])));
        Assert.True(double.IsNaN(Statistics.Median([])));
    }
}
