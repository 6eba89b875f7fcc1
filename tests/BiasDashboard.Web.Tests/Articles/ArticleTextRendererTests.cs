using System.Text.Encodings.Web;
using AngleSharp.Html.Parser;
using BiasDashboard.Analysis.Framing;
using BiasDashboard.Web.Articles;
using CsCheck;

namespace BiasDashboard.Web.Tests.Articles;

/// <summary>
/// The article page's text, rendered from offsets: hostile text stays text, highlights land on the exact words,
/// sentences are anchors, and the pages of a long article show its body exactly once.
/// </summary>
public sealed class ArticleTextRendererTests
{
    private static readonly FramingLexicon Lexicon = new("test", 1, "Test", "", [
        new FramingCategory("loaded-x", "Loaded <b>words</b>", FramingAnalyzer.LoadedGroup, "", "#D55E00", "list \"A\"",
            [new FramingTerm("slammed", []) { Weight = 0.5 }]),
        new FramingCategory("frame-y", "Conflict", "frame", "", "red; background: url(x)", "", [new FramingTerm("row", [])]),
    ], []);

    private static SentenceDetail Sentence(int index, int start, int end, double compound = 0) =>
        new(index, start, end, 0, "body", 0, 0, 1, 0, compound, []);

    private static FramingMatchDetail Match(string text, string body, string term, string category, bool inQuote = false, string? speaker = null)
    {
        var start = body.IndexOf(text, StringComparison.Ordinal);
        return new FramingMatchDetail(start, start + text.Length, text, term, category, null, inQuote, speaker);
    }

    private static ArticleDetail Article(string body, IReadOnlyList<SentenceDetail> sentences, params FramingMatchDetail[] matches) =>
        new(1, "T", "O", null, null, null, "txt", DateTime.UnixEpoch, [], 0, sentences.Count,
            new ArticleScores(0, 0, null, null, 0, 0, 0), body, sentences, new ArticleFraming("test", 1, 0, matches));

    private static string Html(ArticleDetail article, ArticleTextPage? page = null)
    {
        using var writer = new StringWriter();
        new ArticleTextRenderer(Lexicon).Render(article, page ?? ArticleTextPage.From(null, null)).WriteTo(writer, HtmlEncoder.Default);
        return writer.ToString();
    }

    private static AngleSharp.Dom.IElement Parse(string html) =>
        new HtmlParser().ParseDocument($"<div id=\"text\">{html}</div>").GetElementById("text")!;

    [Fact]
    public void Render_MarkupInTheBody_IsShownAsTextNeverAsElements()
    {
        const string body = "</span><script>alert(1)</script> & \"quotes\" 'too'. <img src=x onerror=alert(2)>";
        var second = body.IndexOf("<img", StringComparison.Ordinal);
        var article = Article(body, [Sentence(0, 0, second - 1), Sentence(1, second, body.Length)]);

        var text = Parse(Html(article));

        Assert.Empty(text.QuerySelectorAll("script, img"));
        Assert.Equal(2, text.QuerySelectorAll("span.s").Length);
        Assert.Equal(body, text.TextContent);
    }

    [Fact]
    public void Render_AstralCharactersAndLineBreaks_ComeOutExactlyAsStored()
    {
        const string body = "Héllo 👋🏽 wörld.\r\n\r\nZwei\u2028Zeilen 𝔘𝔫𝔦𝔠𝔬𝔡𝔢.";
        var first = body.IndexOf('\r', StringComparison.Ordinal);
        var article = Article(body, [Sentence(0, 0, first), Sentence(1, first + 4, body.Length)]);

        var text = Parse(Html(article));

        Assert.Equal(body, text.TextContent); // CR is written as a character reference, so not even CRLF is normalised
        Assert.Equal("Héllo 👋🏽 wörld.", text.QuerySelector("#s-0")!.TextContent);
    }

    [Fact]
    public void Render_FramingMatch_MarksExactlyItsWordsWithCategoryAndVoiceInTheTooltip()
    {
        const string body = "The minister slammed the plan. \"A row,\" she said.";
        var article = Article(body, [Sentence(0, 0, 30), Sentence(1, 31, body.Length)],
            Match("slammed", body, "slammed", "loaded-x"), Match("row", body, "row", "frame-y", inQuote: true, speaker: "Ann <Lee>"));

        var marks = Parse(Html(article)).QuerySelectorAll("mark.f");

        Assert.Equal(["slammed", "row"], marks.Select(m => m.TextContent));
        Assert.Equal("Loaded <b>words</b> · “slammed” · own voice · weight 0.50 · source: list \"A\"", marks[0].GetAttribute("title"));
        Assert.Equal("Conflict · “row” · quoted, Ann <Lee>", marks[1].GetAttribute("title"));
        Assert.Contains("q", marks[1].ClassList);
        Assert.Equal("#s-0", "#" + marks[0].ParentElement!.Id);
    }

    [Fact]
    public void Render_ColourThatIsNotAHexColour_NeverReachesTheStyleAttribute()
    {
        const string body = "A row broke out.";
        var article = Article(body, [Sentence(0, 0, body.Length)], Match("row", body, "row", "frame-y"));

        var mark = Parse(Html(article)).QuerySelector("mark")!;

        Assert.Equal("--c: #999999", mark.GetAttribute("style"));
    }

    [Fact]
    public void Render_OverlappingOrStrayMatches_AreLeftUnmarkedAndTheTextIsWhole()
    {
        const string body = "They slammed the row. Then quiet.";
        var slammed = Match("slammed", body, "slammed", "loaded-x");
        var overlapping = slammed with { Start = slammed.Start + 2, End = slammed.End + 4 };
        var acrossSentences = new FramingMatchDetail(17, 27, "row. Then ", "row", "frame-y", null, false, null);
        var unknownCategory = Match("row", body, "row", "gone");
        var article = Article(body, [Sentence(0, 0, 21), Sentence(1, 22, body.Length)], slammed, overlapping, acrossSentences, unknownCategory);

        var text = Parse(Html(article));

        Assert.Equal(["slammed"], text.QuerySelectorAll("mark").Select(m => m.TextContent));
        Assert.Equal(body, text.TextContent);
    }

    [Fact]
    public void Render_HighlightedSentences_CarryTheHighlightAndEverySentenceIsAnAnchor()
    {
        const string body = "One. Two. Three.";
        var article = Article(body, [Sentence(0, 0, 4, 0.5), Sentence(1, 5, 9, -0.5), Sentence(2, 10, 16)]);

        var text = Parse(Html(article, ArticleTextPage.From("1, 2,x,-3", null)));

        Assert.Equal(["s-0", "s-1", "s-2"], text.QuerySelectorAll("span.s").Select(s => s.Id));
        Assert.Equal(["s-1", "s-2"], text.QuerySelectorAll("span.hl").Select(s => s.Id));
        Assert.Equal(["pos", "neg", "neu"], text.QuerySelectorAll("span.s").Select(s => s.ClassList[1]));
        Assert.Equal("compound −0.500 (no sentiment words)", text.QuerySelector("#s-1")!.GetAttribute("aria-label"));
    }

    [Fact]
    public void From_HighlightsWithoutAPage_OpensThePageOfTheFirstAndKeepsThemInPageLinks()
    {
        var page = ArticleTextPage.From("950,12", null);

        Assert.Equal(0, page.Number);
        Assert.Equal(2, ArticleTextPage.From("950", null).Number);
        Assert.Equal("/articles/7?page=1&s=950%2C12", page.Link(7, 1));
        Assert.Equal("/articles/7?page=1", ArticleTextPage.From("junk", null).Link(7, 1));
    }

    [Fact]
    public void Render_PagesOfALongArticle_TogetherShowTheBodyExactlyOnce()
    {
        var words = Pick("word", "A", " ", "<", "</script>", "&amp;", "\"", "'", "é", "👋🏽", "\u2028", "\n").Array[0, 12].Select(string.Concat);
        var gen = Gen.Select(words.Array[1, 1000], Pick("", " ", "\n\n", " \n").Array[1000]);
        gen.Sample((parts, gaps) =>
        {
            var (body, sentences) = Build(parts, gaps);
            var shown = new System.Text.StringBuilder();
            var pages = ArticleTextPage.CountFor(sentences.Count);
            for (var n = 0; n < pages; n++)
            {
                var page = ArticleTextPage.From(null, n);
                var loaded = sentences.Take(page.Sentences).ToList(); // what ArticleQueries loads for the page
                shown.Append(Parse(Html(Article(body, loaded), page)).TextContent);
            }

            Assert.Equal(body, shown.ToString());
        }, iter: 40);
    }

    private static Gen<string> Pick(params string[] choices) => Gen.Int[0, choices.Length - 1].Select(i => choices[i]);

    // A body of sentences with gaps between them (as segmentation leaves), and the sentences' offsets.
    private static (string Body, List<SentenceDetail> Sentences) Build(string[] parts, string[] gaps)
    {
        var body = new System.Text.StringBuilder("Headline\n\n");
        var sentences = new List<SentenceDetail>();
        for (var i = 0; i < parts.Length; i++)
        {
            var text = parts[i].Replace("\n", "", StringComparison.Ordinal) + ".";
            sentences.Add(Sentence(i, body.Length, body.Length + text.Length));
            body.Append(text).Append(gaps[i]);
        }

        return (body.ToString(), sentences);
    }
}
