using BiasDashboard.Analysis.Ingest;

namespace BiasDashboard.Analysis.Tests.Ingest;

public sealed class HtmlArticleExtractorTests
{
    private const string Page = """
        <!doctype html><html><head>
          <title>Ignored page title | Site</title>
          <meta property="og:title" content="Rebels gear up for Gaza vote">
          <meta property="og:site_name" content="The National">
          <meta name="author" content="A Reporter">
          <meta property="article:published_time" content="2023-11-16T09:00:00Z">
          <link rel="canonical" href="https://example.com/rebels">
          <style>p { color: red }</style>
          <script>document.write("<p>injected</p>")</script>
        </head><body>
          <nav><ul><li>Home</li><li>World</li></ul></nav>
          <header>Site header</header>
          <article>
            <h1>Rebels gear up</h1>
            <p>Labour rebels   vowed to
               press on.</p>
            <p>“We will not stop,” <b>she</b> said.</p>
            <aside>Read more: unrelated</aside>
            <script>alert('x')</script>
            <figure><img src="a.jpg" alt="a crowd"><figcaption>Crowds outside parliament</figcaption></figure>
          </article>
          <footer>© Site</footer>
        </body></html>
        """;

    [Fact]
    public void Extract_KeepsArticleParagraphs_AndDropsScriptsStylesNavAndAsides()
    {
        var (body, _) = HtmlArticleExtractor.Extract(Page);

        Assert.Equal("Rebels gear up\n\nLabour rebels vowed to press on.\n\n“We will not stop,” she said.\n\nCrowds outside parliament", body);
    }

    [Fact]
    public void Extract_ReadsOpenGraphAndArticleMetadata()
    {
        var (_, metadata) = HtmlArticleExtractor.Extract(Page);

        Assert.Equal(new ArticleMetadata("Rebels gear up for Gaza vote", "The National", "A Reporter", new DateOnly(2023, 11, 16), "https://example.com/rebels"), metadata);
    }

    [Fact]
    public void Parse_HtmlFile_IsHtmlFormat() =>
        Assert.Equal(ArticleFormat.Html, ArticleParser.Parse("page.htm", Page).Format);

    [Fact]
    public void Parse_HtmlWithoutText_IsRefused() =>
        Assert.Throws<ArticleFormatException>(() => ArticleParser.Parse("empty.html", "<html><body><script>x()</script><nav>menu</nav></body></html>"));

    [Fact]
    public void Extract_PageWithoutBlocks_UsesTheBodyText() =>
        Assert.Equal("Just some text here.", HtmlArticleExtractor.Extract("<html><body><div>Just some   text here.</div></body></html>").Body);
}
