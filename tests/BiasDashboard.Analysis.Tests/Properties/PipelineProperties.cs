using System.Text.Json;
using System.Text.Json.Serialization;
using BiasDashboard.Analysis.Articles;
using BiasDashboard.Analysis.Comparison;
using BiasDashboard.Analysis.Ingest;
using CsCheck;

namespace BiasDashboard.Analysis.Tests.Properties;

/// <summary>
/// Properties of the whole pipeline over generated text: nothing throws (parsing may only refuse, with a reason),
/// every offset slices the text it came from, ids are unique, and the same input always gives the same output.
/// </summary>
public sealed class PipelineProperties
{
    // Enough iterations to meet the grammar's combinations while the suite stays quick; a failure prints its seed to replay.
    private const int Iterations = 60;

    private static readonly JsonSerializerOptions Json = new() { Converters = { new JsonStringEnumConverter() }, IncludeFields = false };

    // Parsing either reads the text or refuses it with an ArticleFormatException that says why (no text, broken front
    // matter, over a limit); nothing else may escape.
    private static ArticleText? Parsed(string text, string file = "a.txt")
    {
        try
        {
            return ArticleParser.Parse(file, text);
        }
        catch (ArticleFormatException e)
        {
            Assert.False(string.IsNullOrWhiteSpace(e.Message));
            return null;
        }
    }

    private static void AnalysisHolds(string text)
    {
        if (Parsed(text) is not { } article)
        {
            return;
        }

        var analysis = ArticleAnalyzer.Default.Analyze(article);
        var body = analysis.Body;
        var previousEnd = 0;
        for (var i = 0; i < analysis.Sentences.Count; i++)
        {
            var s = analysis.Sentences[i];
            Assert.Equal(i, s.Index);
            Assert.InRange(s.Range.Start, previousEnd, body.Length);
            Assert.InRange(s.Range.End, s.Range.Start, body.Length);
            previousEnd = s.Range.End;
            Assert.All(s.Words, w => Assert.InRange(w.Start, s.Range.Start, s.Range.End - w.Length));
            Assert.All(s.Quoted, q => Assert.InRange(q.End, q.Start, body.Length));
            Assert.InRange(s.Scores.Compound, -1, 1);
        }

        Assert.All(analysis.Framing.Matches, m => Assert.Equal(m.Text, body[m.Start..m.End]));
        Assert.All(analysis.Framing.ContestedMatches, m => Assert.Equal(m.Text, body[m.Start..m.End]));
        Assert.Equal(JsonSerializer.Serialize(analysis, Json), JsonSerializer.Serialize(ArticleAnalyzer.Default.Analyze(article), Json));
    }

    [Fact]
    public void Analyze_RandomUnicode_NeverThrowsAndEveryOffsetSlicesTheBody() =>
        NewsText.Unicode.Sample(AnalysisHolds, iter: Iterations * 2);

    [Fact]
    public void Analyze_DenseNewsCharacters_NeverThrowsAndEveryOffsetSlicesTheBody() =>
        NewsText.NewsCharacters.Sample(AnalysisHolds, iter: Iterations * 2);

    [Fact]
    public void Analyze_NewsLikeArticles_NeverThrowAndEveryOffsetSlicesTheBody() =>
        NewsText.Article.Sample(AnalysisHolds, iter: Iterations);

    [Fact]
    public void Analyze_MutatedSeeds_NeverThrowAndEveryOffsetSlicesTheBody() =>
        NewsText.MutatedSeed.Sample(AnalysisHolds, iter: Iterations / 2);

    private static void ComparisonHolds(string[] texts)
    {
        var articles = texts.Select((t, i) => (Key: $"a{i}.txt", Parsed: Parsed(t, $"a{i}.txt")))
            .Where(a => a.Parsed is not null)
            .Select((a, i) => new ComparedArticle(a.Key, $"Outlet {i % 3}", $"Outlet {i % 3}", "Title", null, null, a.Parsed!.Body))
            .ToList();
        var bodies = articles.ToDictionary(a => a.Key, a => a.Body, StringComparer.Ordinal);
        var sentenceCounts = articles.ToDictionary(a => a.Key, a => Analysis.Text.SentenceSegmenter.Segment(a.Body, Analysis.Text.QuoteFinder.Find(a.Body)).Count, StringComparer.Ordinal);

        var comparison = EventComparer.Default.Compare(articles);

        Assert.Empty(comparison.Failures);
        Assert.Equal(comparison.Actors.Count, comparison.Actors.Select(a => a.Actor.Id).Distinct(StringComparer.Ordinal).Count());
        Assert.All(comparison.Actors, a => Assert.Equal(a.Actor.Id, ActorId.Of(a.Actor.Id)));
        Assert.All(comparison.Ledger.Concat(comparison.SingleSource).SelectMany(f => f.Cells).SelectMany(c => c.Evidence), e =>
        {
            Assert.Equal(e.Text, bodies[e.Article].Substring(e.Start, e.Length));
            Assert.InRange(e.Sentence, 0, sentenceCounts[e.Article] - 1);
        });
        Assert.All(comparison.Actors.SelectMany(a => a.Cells).SelectMany(c => c.Sentences)
            .Concat(comparison.Voices.SelectMany(v => v.Voices).SelectMany(v => v.Sentences)), r => Assert.InRange(r.Sentence, 0, sentenceCounts[r.Article] - 1));
        Assert.Equal(JsonSerializer.Serialize(comparison, Json), JsonSerializer.Serialize(EventComparer.Default.Compare(articles), Json));
    }

    [Fact]
    public void Compare_NewsLikeEvents_ComputeEverySectionWithUniqueIdsAndEvidenceThatSlicesItsArticle() =>
        NewsText.Article.Array[1, 4].Sample(ComparisonHolds, iter: Iterations);

    [Fact]
    public void Compare_MutatedSeedsAndNoise_ComputeEverySection() =>
        Gen.Select(NewsText.MutatedSeed, NewsText.NewsCharacters, NewsText.Unicode, (a, b, c) => new[] { a, b, c }).Sample(ComparisonHolds, iter: Iterations / 3);
}
