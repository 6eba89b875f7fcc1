using BiasDashboard.Analysis.Ingest;

namespace BiasDashboard.Analysis.Tests.Ingest;

public sealed class ArticleParserTests
{
    [Fact]
    public void Parse_PlainText_TakesTheHeadlineLineAsTitle()
    {
        var article = ArticleParser.Parse("a.txt", "Labour rebels gear up\r\n\r\nThey voted. It passed.\r\n");

        Assert.Equal("Labour rebels gear up", article.Metadata.Title);
        Assert.Equal("Labour rebels gear up\n\nThey voted. It passed.", article.Body);
        Assert.Equal(ArticleFormat.PlainText, article.Format);
    }

    [Fact]
    public void Parse_LeadingDateLine_IsThePublicationDateNotTheTitle()
    {
        var article = ArticleParser.Parse("004.txt", File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "seeds", "004_afb372a0990edb70.txt")));

        Assert.Equal(new DateOnly(2023, 11, 16), article.Metadata.Published);
        Assert.Null(article.Metadata.Title);
    }

    [Fact]
    public void Parse_FirstLineIsASentence_HasNoTitle() =>
        Assert.Null(ArticleParser.Parse("a.txt", "They voted on Tuesday.\nIt passed.").Metadata.Title);

    [Fact]
    public void Parse_MarkdownWithFrontMatter_ReadsMetadataAndStripsMarkup()
    {
        const string md = "---\ntitle: \"Is this the end?\"\noutlet: Roman Road London\nauthor: A. Writer\npublicationDate: \"2024-06-27\"\nurl: https://example.com/a\n---\n\n" +
                          "A [‘School Strike’](https://example.com/x) march, **loud** and _long_.\n\n<figure>\n\n![leaflet](/a.jpg)\n\n<figcaption>\n\nThe leaflet\n\n</figcaption>\n\n</figure>\n";

        var article = ArticleParser.Parse("story.md", md);

        Assert.Equal(new ArticleMetadata("Is this the end?", "Roman Road London", "A. Writer", new DateOnly(2024, 6, 27), "https://example.com/a"), article.Metadata);
        Assert.Equal("A ‘School Strike’ march, loud and long.\n\nThe leaflet", article.Body);
        Assert.Equal(ArticleFormat.Markdown, article.Format);
    }

    [Fact]
    public void Parse_TxtWithFrontMatter_IsReadAsMarkdown()
    {
        var seed = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "seeds", "003_2bc5a03e90a2a01a.txt"));

        var article = ArticleParser.Parse("003_2bc5a03e90a2a01a.txt", seed);

        Assert.Equal(new DateOnly(2024, 6, 27), article.Metadata.Published);
        Assert.StartsWith("Is this the end of Rushanara Ali?", article.Metadata.Title, StringComparison.Ordinal);
        Assert.DoesNotContain("](", article.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("<figure>", article.Body, StringComparison.Ordinal);
        Assert.Contains("‘School Strike for Palestine’, chanting", article.Body, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("notes.pdf", "unknown format '.pdf'")]
    [InlineData("README", "unknown format '(no extension)'")]
    public void Parse_UnknownExtension_IsRefusedNamingTheFormat(string file, string message) =>
        Assert.Contains(message, Assert.Throws<ArticleFormatException>(() => ArticleParser.Parse(file, "text")).Message, StringComparison.Ordinal);

    [Fact]
    public void Parse_UnclosedFrontMatter_IsRefused() =>
        Assert.Contains("no closing '---'", Assert.Throws<ArticleFormatException>(() =>
            ArticleParser.Parse("a.md", "---\ntitle: x\n\nBody.")).Message, StringComparison.Ordinal);

    [Fact]
    public void Parse_InvalidYaml_IsRefusedWithTheLine() =>
        Assert.Contains("not valid YAML (line 3 of the file", Assert.Throws<ArticleFormatException>(() =>
            ArticleParser.Parse("a.md", "---\ntitle: x\n  bad: [unclosed\n---\nBody.")).Message, StringComparison.Ordinal);

    [Fact]
    public void Parse_FrontMatterThatIsNotAMapping_IsRefused() =>
        Assert.Throws<ArticleFormatException>(() => ArticleParser.Parse("a.md", "---\n- a\n- b\n---\nBody."));

    [Theory]
    [InlineData("a.txt", "   \n\n  ")]
    [InlineData("a.md", "---\ntitle: only metadata\n---\n")]
    public void Parse_NoArticleText_IsRefused(string file, string content) =>
        Assert.Contains("no article text", Assert.Throws<ArticleFormatException>(() => ArticleParser.Parse(file, content)).Message, StringComparison.Ordinal);

    [Theory]
    [InlineData("2024-02-21", 2024, 2, 21)]
    [InlineData("2024-02-21T18:30:00Z", 2024, 2, 21)]
    public void ParseDate_ReadsIsoDatesAndTimes(string value, int y, int m, int d) =>
        Assert.Equal(new DateOnly(y, m, d), FrontMatter.ParseDate(value));

    [Fact]
    public void ParseDate_Unreadable_IsNull() => Assert.Null(FrontMatter.ParseDate("last Tuesday"));
}
