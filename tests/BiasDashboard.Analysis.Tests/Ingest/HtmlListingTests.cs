using BiasDashboard.Analysis.Ingest;
using CsCheck;

namespace BiasDashboard.Analysis.Tests.Ingest;

/// <summary>HTML pages holding several &lt;article&gt;s are offered for splitting like text listing pages.</summary>
public sealed class HtmlListingTests
{
    private const string ThreeArticles = """
        <!doctype html><html><head><title>Latest news | Leeds Courier</title>
          <meta property="og:site_name" content="Leeds Courier"></head><body>
          <header><h1>Leeds Courier</h1><nav><a href="/">Home</a></nav></header>
          <main>
            <article>
              <header><h2>Bin strike enters second week</h2><time datetime="2024-03-04">4 March 2024</time>
                <span rel="author">Jo Smith</span></header>
              <p>Refuse collectors in Leeds continued their strike over pay.</p>
              <p>“We are not going back,” a picket said.</p>
            </article>
            <article>
              <h2>United win the derby</h2><p>By <a rel="author" href="/sam">Sam Lee</a></p>
              <p>United beat City at Old Trafford.</p>
            </article>
            <article>
              <h2 itemprop="headline">Library closures approved</h2><time>5th March 2024</time>
              <p>The council voted to close four branch libraries.</p>
            </article>
          </main>
          <aside><article><h3>Related: earlier strikes</h3><p>Teaser.</p></article></aside>
          <footer>© Leeds Courier</footer>
        </body></html>
        """;

    private const string OneArticle = """
        <html><body><main>
          <article><h1>Bin strike enters second week</h1><p>Refuse collectors continued their strike.</p>
            <article><h3>A reader comments</h3><p>Good luck to them.</p></article></article>
          <aside><article><h3>Related story</h3><p>Teaser.</p></article></aside>
        </main></body></html>
        """;

    [Fact]
    public void FindParts_PageWithThreeArticles_GivesThreePartsWithTheirHeadlinesDatesAndAuthors()
    {
        var page = ArticleParser.Parse("latest.html", ThreeArticles);

        var parts = ArticleSplitter.FindParts(page);

        Assert.Equal(["Bin strike enters second week", "United win the derby", "Library closures approved"], parts.Select(p => p.Title));
        Assert.Equal([new DateOnly(2024, 3, 4), null, new DateOnly(2024, 3, 5)], parts.Select(p => p.Published));
        Assert.Equal(["Jo Smith", "Sam Lee", null], parts.Select(p => p.Author));
        Assert.All(parts, p => Assert.StartsWith(p.Title, p.Range.In(page.Body).ToString(), StringComparison.Ordinal));
        Assert.Contains("a picket said", parts[0].Range.In(page.Body).ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("United", parts[0].Range.In(page.Body).ToString(), StringComparison.Ordinal);
        Assert.EndsWith("four branch libraries.", parts[2].Range.In(page.Body).ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("Related", page.Body, StringComparison.Ordinal); // the aside's teaser is not a fourth article
    }

    [Fact]
    public void Parse_PageWithSeveralArticles_KeepsEveryArticleInTheBody_NotOnlyTheFirst()
    {
        var body = ArticleParser.Parse("latest.html", ThreeArticles).Body;

        Assert.Contains("United beat City", body, StringComparison.Ordinal);
        Assert.Contains("four branch libraries", body, StringComparison.Ordinal);
    }

    [Fact]
    public void FindParts_PageWithOneArticle_IsNotAListing_EvenWithNestedAndRelatedArticles()
    {
        var page = ArticleParser.Parse("story.html", OneArticle);

        Assert.Null(page.Parts);
        Assert.Empty(ArticleSplitter.FindParts(page));
        Assert.StartsWith("Bin strike enters second week", page.Body, StringComparison.Ordinal);
    }

    [Fact]
    public void FindParts_ArticlesWithoutHeadlines_AreNotAListing()
    {
        var page = ArticleParser.Parse("cards.html", "<html><body><article><p>One card.</p></article><article><p>Another card.</p></article></body></html>");

        Assert.Empty(ArticleSplitter.FindParts(page));
    }

    [Fact]
    public void FindParts_MorePagesArticlesThanTheLimit_IsRefusedNamingTheSetting()
    {
        var page = ArticleParser.Parse("many.html", Listing(4));

        var e = Assert.Throws<InputLimitException>(() => ArticleSplitter.FindParts(page, new IngestLimits { MaxListingParts = 3 }));

        Assert.Equal(nameof(IngestLimits.MaxListingParts), e.Limit);
        Assert.Equal(4, ArticleSplitter.FindParts(page, new IngestLimits { MaxListingParts = 4 }).Count);
    }

    [Fact]
    public void FindParts_GeneratedListings_FindEveryArticleInOrderWithDisjointRanges() =>
        Gen.Int[0, 30].Sample(n =>
        {
            var page = ArticleParser.Parse("gen.html", Listing(n));
            var parts = ArticleSplitter.FindParts(page);
            return n < 2 ? parts.Count == 0
                : parts.Count == n
                  && parts.Select((p, i) => p.Title == $"Headline {i}" && p.Range.In(page.Body).StartsWith(p.Title, StringComparison.Ordinal)).All(ok => ok)
                  && parts.Zip(parts.Skip(1)).All(p => p.First.Range.End <= p.Second.Range.Start);
        }, iter: 60);

    private static string Listing(int n) =>
        "<html><body>" + string.Concat(Enumerable.Range(0, n).Select(i => $"<article><h2>Headline {i}</h2><p>Text of story {i}.</p></article>"))
        + (n == 0 ? "<p>Nothing today.</p>" : "") + "</body></html>";
}
