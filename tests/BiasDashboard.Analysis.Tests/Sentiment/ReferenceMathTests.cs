using BiasDashboard.Analysis.Sentiment;

namespace BiasDashboard.Analysis.Tests.Sentiment;

public sealed class ReferenceMathTests
{
    [Theory]
    [InlineData(0.4875, 3, 0.487)]     // stored just below .4875: Python rounds down, Math.Round(x, 3) up
    [InlineData(2.675, 2, 2.67)]       // the Python documentation's own example
    [InlineData(0.8125, 3, 0.812)]     // exact binary tie: to even
    [InlineData(0.8135, 3, 0.814)]
    [InlineData(0.125, 2, 0.12)]       // exact tie: to even
    [InlineData(0.375, 2, 0.38)]       // exact tie: to even
    [InlineData(-0.4767499, 4, -0.4767)]
    [InlineData(0.0, 4, 0.0)]
    public void Round_MatchesPythonRound(double value, int digits, double expected) =>
        Assert.Equal(expected, ReferenceMath.Round(value, digits));

    [Fact]
    public void Round_DiffersFromMathRoundWhereTheReferenceDoes() =>
        Assert.NotEqual(Math.Round(0.4875, 3), ReferenceMath.Round(0.4875, 3));

    [Fact]
    public void Round_EveryRawReferenceValue_GivesTheReferenceRoundedValue()
    {
        foreach (var (id, raw) in ReferenceFixture.ExpectedRaw)
        {
            var expected = ReferenceFixture.Expected[id];
            Assert.Equal(double.Parse(expected[0], System.Globalization.CultureInfo.InvariantCulture), ReferenceMath.Round(raw[0], 3));
            Assert.Equal(double.Parse(expected[3], System.Globalization.CultureInfo.InvariantCulture), ReferenceMath.Round(raw[3], 4));
        }
    }
}
