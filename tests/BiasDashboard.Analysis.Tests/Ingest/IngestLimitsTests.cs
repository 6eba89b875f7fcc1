using BiasDashboard.Analysis.Ingest;

namespace BiasDashboard.Analysis.Tests.Ingest;

/// <summary>
/// Uploads built to exhaust the stack or the CPU are refused before the parsers see them, with the setting's name and a
/// message a person can act on; real articles sit far below every default.
/// </summary>
public sealed class IngestLimitsTests
{
    private static InputLimitException Refused(string file, string content, IngestLimits? limits = null) =>
        Assert.Throws<InputLimitException>(() => ArticleParser.Parse(file, content, limits));

    private static string Repeat(string piece, int times) => string.Concat(Enumerable.Repeat(piece, times));

    [Theory]
    [InlineData(35_000, false)]
    [InlineData(35_000, true)]
    [InlineData(20_000, false)]
    public void Parse_FrontMatterNestedThousandsDeep_IsRefusedInsteadOfOverflowingTheStack(int depth, bool closed)
    {
        var yaml = "x: " + new string('[', depth) + (closed ? new string(']', depth) : "");
        var limits = new IngestLimits { MaxFrontMatterChars = 100_000 };

        var refused = Refused("deep.md", $"---\n{yaml}\n---\nBody text.\n", limits);

        Assert.Equal(nameof(IngestLimits.MaxFrontMatterDepth), refused.Limit);
        Assert.Contains("32", refused.Message, StringComparison.Ordinal);
        Assert.StartsWith("MaxFrontMatter", Refused("deep.md", $"---\n{yaml}\n---\nBody text.\n").Limit, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_FrontMatterNestedByIndentationAndMappings_IsRefused()
    {
        var yaml = "x:\n" + string.Concat(Enumerable.Range(1, 60).Select(i => new string(' ', i) + "k:\n")) + new string(' ', 61) + "v";

        Assert.Equal(nameof(IngestLimits.MaxFrontMatterDepth), Refused("deep.txt", $"---\n{yaml}\n---\nBody text.\n").Limit);
    }

    [Fact]
    public void Parse_FrontMatterLargerThanTheLimit_IsRefusedBeforeLoading()
    {
        var yaml = "title: " + new string('a', 40_000);

        Assert.Equal(nameof(IngestLimits.MaxFrontMatterChars), Refused("big.md", $"---\n{yaml}\n---\nBody text.\n").Limit);
    }

    [Fact]
    public void Parse_OrdinaryFrontMatterWithAList_IsRead()
    {
        var article = ArticleParser.Parse("a.md", "---\ntitle: Talks resume\ntags: [politics, [uk, us]]\nauthor: Jo Bloggs\n---\nSenators met on Monday.\n");

        Assert.Equal("Talks resume", article.Metadata.Title);
        Assert.Equal("Jo Bloggs", article.Metadata.Author);
    }

    public static TheoryData<string, string> DeepMarkdown => new()
    {
        { "block quotes", new string('>', 100_000) + " x\n" },
        { "indented lists", string.Concat(Enumerable.Range(0, 200).Select(i => new string(' ', 2 * i) + "- x\n")) },
        { "markers on one line", Repeat("- ", 10_000) + "x\n" },
        { "link brackets", new string('[', 10_000) + "x" + new string(']', 10_000) + "\n" },
        { "emphasis", Repeat("*a ", 10_000) + Repeat("a* ", 10_000) + "\n" },
    };

    [Theory]
    [MemberData(nameof(DeepMarkdown))]
    public void Parse_MarkdownNestedBeyondTheLimit_IsRefusedWithTheSettingName(string shape, string markdown)
    {
        var refused = Refused("deep.md", "Title\n\n" + markdown);

        Assert.True(refused.Limit == nameof(IngestLimits.MaxMarkdownDepth), shape);
        Assert.IsAssignableFrom<ArticleFormatException>(refused);
    }

    [Fact]
    public void Parse_MarkdownWithOrdinaryNesting_IsRead()
    {
        var article = ArticleParser.Parse("a.md", "# Talks\n\n> A *quoted* line with [a **bold** link](https://example.org)\n\n- one\n  - two\n    - three\n\n1. first\n2. second\n");

        Assert.Contains("three", article.Body, StringComparison.Ordinal);
        Assert.Contains("bold link", article.Body, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("<div>", "</div>", 100_000)]
    [InlineData("<ul><li>", "", 20_000)]
    [InlineData("<span>", "", 1_000)]
    public void Parse_HtmlNestedBeyondTheLimit_IsRefusedBeforeParsing(string open, string close, int times)
    {
        var html = "<html><body><article>" + Repeat(open, times) + "<p>Text.</p>" + Repeat(close, times) + "</article></body></html>";

        Assert.Equal(nameof(IngestLimits.MaxHtmlDepth), Refused("deep.html", html).Limit);
    }

    [Fact]
    public void Parse_HtmlWithThousandsOfUnclosedParagraphsAndItems_IsRead()
    {
        var html = "<html><head><title>T</title><script>if (a < b && '<div>') {}</script></head><body><article><h1>Talks resume</h1>" +
                   Repeat("<p>Senators met on Monday.<br>Talks continue.", 3_000) + "<ul>" + Repeat("<li>An item <img src=x alt='a>b'>", 3_000) +
                   "</ul><!-- <div><div><div> --></article></body></html>";

        var article = ArticleParser.Parse("page.html", html);

        Assert.Contains("Talks continue.", article.Body, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_MoreSentencesThanTheLimit_IsRefusedAndAtTheLimitIsRead()
    {
        var limits = new IngestLimits { MaxSentences = 50 };
        var fifty = string.Join(' ', Enumerable.Range(1, 50).Select(i => $"Sentence number {i} is here."));

        Assert.Equal(50, Analysis.Text.SentenceSegmenter.Segment(ArticleParser.Parse("ok.txt", fifty, limits).Body).Count);
        var refused = Refused("long.txt", fifty + " One more.", limits);
        Assert.Equal(nameof(IngestLimits.MaxSentences), refused.Limit);
        Assert.Contains("51", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void FindParts_AListingPageWithMorePartsThanTheLimit_IsRefused()
    {
        var page = string.Concat(Enumerable.Range(1, 201).Select(i => $"Headline {i}\nPosted on: February 21st, 2024 by TTE\n\nBody {i}.\n\n"));

        var refused = Assert.Throws<InputLimitException>(() => ArticleSplitter.FindParts(page));

        Assert.Equal(nameof(IngestLimits.MaxListingParts), refused.Limit);
        Assert.Equal(200, ArticleSplitter.FindParts(page[..page.IndexOf("Headline 201", StringComparison.Ordinal)]).Count);
    }

    [Fact]
    public void Parse_EverySeed_IsReadUnderAQuarterOfEachDefault()
    {
        var tight = new IngestLimits
        {
            MaxFrontMatterChars = IngestLimits.Default.MaxFrontMatterChars / 4,
            MaxFrontMatterDepth = IngestLimits.Default.MaxFrontMatterDepth / 4,
            MaxMarkdownDepth = IngestLimits.Default.MaxMarkdownDepth / 4,
            MaxHtmlDepth = IngestLimits.Default.MaxHtmlDepth / 4,
            MaxSentences = IngestLimits.Default.MaxSentences / 4,
            MaxListingParts = IngestLimits.Default.MaxListingParts / 4,
        };
        var seeds = Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "seeds"), "*.txt");

        Assert.Equal(5, seeds.Length);
        Assert.All(seeds, seed => Assert.NotEmpty(ArticleParser.Parse(seed, File.ReadAllText(seed), tight).Body));
    }
}
