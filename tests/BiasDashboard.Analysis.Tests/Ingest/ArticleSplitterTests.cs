using BiasDashboard.Analysis.Ingest;

namespace BiasDashboard.Analysis.Tests.Ingest;

public sealed class ArticleSplitterTests
{
    [Fact]
    public void FindParts_SocialistWorkerListingPage_FindsEachPieceWithItsHeadlineDateAndAuthor()
    {
        var body = ArticleParser.Parse("002.txt", File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "seeds", "002_303351f91084d598.txt"))).Body;

        var parts = ArticleSplitter.FindParts(body);

        Assert.Equal(8, parts.Count);
        Assert.Equal("Tories and Labour unite to protect Israel in ceasefire vote", parts[0].Title);
        Assert.Equal((new DateOnly(2024, 2, 21), "TTE"), (parts[0].Published, parts[0].Author));
        Assert.Equal("Museum workers start historic strike in Liverpool", parts[2].Title);
        Assert.Equal((new DateOnly(2024, 2, 20), "Thomas Foster"), (parts[2].Published, parts[2].Author));
        Assert.All(parts, p => Assert.StartsWith(p.Title, body.Substring(p.Range.Start, p.Range.Length), StringComparison.Ordinal));
        Assert.All(parts.Zip(parts.Skip(1)), p => Assert.True(p.First.Range.End <= p.Second.Range.Start));
    }

    [Fact]
    public void FindParts_OrdinaryArticle_IsNotSplit()
    {
        var body = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "seeds", "000_17ccc34b285f9fce.txt"));

        Assert.Empty(ArticleSplitter.FindParts(body));
    }

    [Theory]
    [InlineData("February 21st, 2024", 2024, 2, 21)]
    [InlineData("20 February 2024", 2024, 2, 20)]
    [InlineData("2024-02-03", 2024, 2, 3)]
    public void ParseDate_ReadsNewsDatelines(string text, int y, int m, int d) =>
        Assert.Equal(new DateOnly(y, m, d), ArticleSplitter.ParseDate(text));
}
