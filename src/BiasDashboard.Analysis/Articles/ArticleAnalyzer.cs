using BiasDashboard.Analysis.Aggregation;
using BiasDashboard.Analysis.Framing;
using BiasDashboard.Analysis.Ingest;
using BiasDashboard.Analysis.Sentiment;
using BiasDashboard.Analysis.Text;

namespace BiasDashboard.Analysis.Articles;

/// <summary>Analyses one article: sentences with quotations, VADER per sentence, the summary and arc, and the framing terms.</summary>
public sealed class ArticleAnalyzer(VaderAnalyzer vader, FramingAnalyzer framing)
{
    private const int ArcWindow = 2;

    /// <summary>Shared, thread-safe instance over <see cref="VaderAnalyzer.Default"/>.</summary>
    public static ArticleAnalyzer Default { get; } = new(VaderAnalyzer.Default, FramingAnalyzer.Default);

    /// <summary>Analyses <paramref name="article"/>.</summary>
    public ArticleAnalysis Analyze(ArticleText article)
    {
        ArgumentNullException.ThrowIfNull(article);
        var body = article.Body;
        var quotes = QuoteFinder.Find(body);
        var sentences = SentenceSegmenter.Segment(body, quotes).Select(s => Score(body, s)).ToList();
        var compounds = sentences.Select(s => s.Scores.Compound).ToList();
        var summary = new ArticleSummary(
            sentences.Count == 0 ? 0 : Statistics.Mean(compounds),
            sentences.Count == 0 ? 0 : Statistics.Median(compounds),
            WithinCompoundRange(Statistics.MeanInterval95(compounds)),
            Shares(sentences));
        return new ArticleAnalysis(article.Metadata, body, Tokenizer.CountWords(body), sentences.Count, summary, sentences,
            Arc(body, sentences),
            framing.Analyze(body, quotes));
    }

    // The t interval of a short article (two sentences: t = 12.7) runs far past ±1, where no mean compound can lie;
    // the article page and `bias analyze` showed "95%: -2.235 to 2.616". Clipped as the dashboard clips its intervals.
    private static ConfidenceInterval? WithinCompoundRange(ConfidenceInterval? interval) =>
        interval is null ? null : interval with { Low = Math.Max(-1, interval.Low), High = Math.Min(1, interval.High) };

    private SentenceScore Score(string body, Sentence sentence)
    {
        var explanation = vader.Explain(body.Substring(sentence.Range.Start, sentence.Range.Length));
        var words = explanation.Words
            .Where(w => w.Valence != 0)
            .Select(w => w with { Start = w.Start + sentence.Range.Start })
            .ToList();
        return new SentenceScore(sentence.Index, sentence.Range, sentence.Paragraph, sentence.Kind, sentence.Quoted,
            sentence.QuotedShare, explanation.Scores, words);
    }

    private static PolarityShares Shares(IReadOnlyList<SentenceScore> sentences)
    {
        if (sentences.Count == 0)
        {
            return new PolarityShares(0, 0, 0);
        }

        double Share(SentimentPolarity p) => (double)sentences.Count(s => s.Polarity == p) / sentences.Count;
        return new PolarityShares(Share(SentimentPolarity.Positive), Share(SentimentPolarity.Neutral), Share(SentimentPolarity.Negative));
    }

    private static List<ArcPoint> Arc(string body, IReadOnlyList<SentenceScore> sentences)
    {
        var points = new List<ArcPoint>(sentences.Count);
        for (var i = 0; i < sentences.Count; i++)
        {
            var from = Math.Max(0, i - ArcWindow);
            var to = Math.Min(sentences.Count - 1, i + ArcWindow);
            var smoothed = 0.0;
            for (var k = from; k <= to; k++)
            {
                smoothed += sentences[k].Scores.Compound;
            }

            var middle = sentences[i].Range.Start + sentences[i].Range.Length / 2.0;
            points.Add(new ArcPoint(i, body.Length == 0 ? 0 : middle / body.Length, sentences[i].Scores.Compound,
                smoothed / (to - from + 1)));
        }

        return points;
    }
}
