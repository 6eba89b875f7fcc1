using BiasDashboard.Analysis.Articles;
using BiasDashboard.Analysis.Ingest;
using BiasDashboard.Analysis.Sentiment;

namespace BiasDashboard.Analysis.Tests.Articles;

public sealed class ArticleAnalyzerTests
{
    private static ArticleAnalysis AnalyzeSeed(string file)
    {
        var path = Path.Combine(AppContext.BaseDirectory, "seeds", file);
        return ArticleAnalyzer.Default.Analyze(ArticleParser.Parse(file, File.ReadAllText(path)));
    }

    [Fact]
    public void Analyze_SentenceScores_AreVaderScoresOfTheSentenceText()
    {
        var analysis = AnalyzeSeed("000_17ccc34b285f9fce.txt");

        Assert.All(analysis.Sentences, s =>
            Assert.Equal(VaderAnalyzer.Default.PolarityScores(s.Range.In(analysis.Body).ToString()), s.Scores));
    }

    [Fact]
    public void Analyze_WordOffsets_PointAtTheScoredWordsInTheBody()
    {
        var analysis = AnalyzeSeed("000_17ccc34b285f9fce.txt");
        var words = analysis.Sentences.SelectMany(s => s.Words).ToList();

        Assert.NotEmpty(words);
        Assert.All(words, w => Assert.Equal(w.Word, analysis.Body.Substring(w.Start, w.Length)));
        Assert.Contains(words, w => w.Word == "terror" && w.Valence < 0);
    }

    [Fact]
    public void Analyze_Summary_IsMeanMedianAndSharesOfSentenceCompounds()
    {
        var analysis = AnalyzeSeed("004_afb372a0990edb70.txt");
        var compounds = analysis.Sentences.Select(s => s.Scores.Compound).ToList();

        Assert.Equal(compounds.Average(), analysis.Summary.MeanCompound, 12);
        Assert.Equal(compounds.Order().ElementAt(compounds.Count / 2), analysis.Summary.MedianCompound, 12); // odd count
        Assert.Equal(compounds.Count(c => c <= -0.05) / (double)compounds.Count, analysis.Summary.Shares.Negative, 12);
        var shares = analysis.Summary.Shares;
        Assert.Equal(1.0, shares.Positive + shares.Neutral + shares.Negative, 12);
        Assert.InRange(analysis.Summary.MeanCompound, analysis.Summary.MeanInterval!.Low, analysis.Summary.MeanInterval.High);
    }

    [Fact]
    public void Analyze_TwoSentenceArticle_MeanIntervalStaysWithinTheCompoundRange()
    {
        // Two sentences of opposite tone: the t interval (t = 12.7 for one degree of freedom) would run past ±1.
        var article = ArticleParser.Parse("short.md", "---\noutlet: Test\n---\nThe rescue was a wonderful, joyful triumph. The attack was a horrific, deadly disaster.\n");

        var summary = ArticleAnalyzer.Default.Analyze(article).Summary;

        Assert.NotNull(summary.MeanInterval);
        Assert.InRange(summary.MeanInterval.Low, -1, summary.MeanCompound);
        Assert.InRange(summary.MeanInterval.High, summary.MeanCompound, 1);
        Assert.Equal(-1, summary.MeanInterval.Low);
        Assert.Equal(1, summary.MeanInterval.High);
    }

    [Fact]
    public void Analyze_Arc_RunsFromStartToEndOfTheBody()
    {
        var arc = AnalyzeSeed("002_303351f91084d598.txt").Arc;

        Assert.True(arc.Zip(arc.Skip(1)).All(p => p.First.Position < p.Second.Position));
        Assert.InRange(arc[0].Position, 0, 0.1);
        Assert.InRange(arc[^1].Position, 0.9, 1);
        Assert.Equal(arc.Take(3).Average(p => p.Compound), arc[0].Smoothed, 12);
    }

    [Fact]
    public void Analyze_Counts_WordsAndSentences()
    {
        var analysis = ArticleAnalyzer.Default.Analyze(new ArticleText("Good news today. Bad news “tomorrow”.", ArticleMetadata.Empty, ArticleFormat.PlainText));

        Assert.Equal(6, analysis.WordCount);
        Assert.Equal(2, analysis.SentenceCount);
        Assert.Equal(SentimentPolarity.Positive, analysis.Sentences[0].Polarity);
        Assert.Equal(SentimentPolarity.Negative, analysis.Sentences[1].Polarity);
        Assert.True(analysis.Sentences[1].QuotedShare > 0);
    }

    [Fact]
    public void Analysis_SerialisesToJson()
    {
        var json = System.Text.Json.JsonSerializer.Serialize(AnalyzeSeed("001_c79b1406bd644c2f.txt"));

        Assert.Contains("\"MeanCompound\"", json, StringComparison.Ordinal);
        Assert.Contains("\"Sentences\"", json, StringComparison.Ordinal);
    }
}
