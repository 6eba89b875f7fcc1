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

    [Fact]
    public void BootstrapMeanInterval95_ContainsTheMean_AndAgreesRoughlyWithTheTInterval()
    {
        var values = Enumerable.Range(0, 200).Select(i => Math.Sin(i * 0.7) * 0.6).ToList();

        var bootstrap = Statistics.BootstrapMeanInterval95(values)!;
        var t = Statistics.MeanInterval95(values)!;

        Assert.InRange(Statistics.Mean(values), bootstrap.Low, bootstrap.High);
        Assert.Equal(t.High - t.Low, bootstrap.High - bootstrap.Low, 1);
    }

    [Fact]
    public void BootstrapMeanInterval95_IsRepeatable_AndNarrowsWithMoreData()
    {
        var small = Enumerable.Range(0, 20).Select(i => (i % 5) / 5.0 - 0.4).ToList();
        var large = Enumerable.Range(0, 500).Select(i => (i % 5) / 5.0 - 0.4).ToList();

        var a = Statistics.BootstrapMeanInterval95(small)!;

        Assert.Equal(a, Statistics.BootstrapMeanInterval95(small));
        var b = Statistics.BootstrapMeanInterval95(large)!;
        Assert.True(b.High - b.Low < a.High - a.Low);
    }

    [Fact]
    public void BootstrapRatioInterval95_HoldsTheRatioOfSumsAndIsRepeatable()
    {
        (double, double)[] sentences = [(0, 20), (1, 12), (0, 30), (2, 18), (0, 25), (1, 15), (0, 22), (0, 9)];
        var rate = 1000.0 * sentences.Sum(s => s.Item1) / sentences.Sum(s => s.Item2);

        var interval = Statistics.BootstrapRatioInterval95(sentences, 1000)!;

        Assert.InRange(rate, interval.Low, interval.High);
        Assert.True(interval.High > interval.Low);
        Assert.Equal(interval, Statistics.BootstrapRatioInterval95(sentences, 1000));
        Assert.Null(Statistics.BootstrapRatioInterval95([(1, 10)], 1000));
    }
}
