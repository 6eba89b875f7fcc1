using BiasDashboard.Analysis.Comparison;

namespace BiasDashboard.Analysis.Tests.Comparison;

/// <summary>One article or section the comparison cannot compute is named with its reason; everything else is still computed.</summary>
public sealed class FaultIsolationTests
{
    private static ComparedArticle Article(string key, string outlet, string body) => new(key, outlet, outlet, "Talks", null, null, body);

    private const string Good = "Talks resume\n\nSenators met Kim Jong Un on Monday. Kim Jong Un said the talks were good. The vote was 52 to 48.\n";

    [Fact]
    public void Compare_AnArticleWithNoBody_IsLeftOutAndNamedWhileTheOthersAreCompared()
    {
        var comparison = EventComparer.Default.Compare(
            [Article("good-1", "Outlet A", Good), Article("broken", "Outlet B", null!), Article("good-2", "Outlet C", Good)]);

        var failure = Assert.Single(comparison.Failures);
        Assert.Equal("article broken", failure.Part);
        Assert.Contains("ArgumentNullException", failure.Reason, StringComparison.Ordinal);
        Assert.Equal(["Outlet A", "Outlet C"], comparison.Columns.Select(c => c.Name));
        Assert.Contains(comparison.Actors, a => a.Actor.Id == "kim-jong-un");
    }

    [Fact]
    public void Compare_ATeacherFactThatCannotBeRead_NamesTheFactsSectionAndComputesTheOthers()
    {
        var comparison = EventComparer.Default.Compare(
            [Article("a", "Outlet A", Good), Article("b", "Outlet B", Good)],
            [new LedgerFact("f1", "The vote was close", null!, [])]);

        Assert.Equal(["facts"], comparison.Failures.Select(f => f.Part));
        Assert.Empty(comparison.Ledger);
        Assert.Equal(2, comparison.Columns.Count);
        Assert.Equal(2, comparison.Voices.Count);
        Assert.NotEmpty(comparison.Actors);
    }

    [Fact]
    public void Compare_OrdinaryArticles_ReportNoFailures()
    {
        Assert.Empty(EventComparer.Default.Compare([Article("a", "Outlet A", Good), Article("b", "Outlet B", Good)]).Failures);
    }
}
