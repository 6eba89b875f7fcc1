using BiasDashboard.Analysis.Sentiment;
using BiasDashboard.Analysis.Text;

namespace BiasDashboard.Analysis.Articles;

/// <summary>
/// One sentence of an article with its VADER scores and the words behind them. <see cref="Range"/> and every
/// word's offsets point into <see cref="ArticleAnalysis.Body"/>; only words with a non-zero valence are listed.
/// </summary>
public sealed record SentenceScore(
    int Index,
    TextRange Range,
    int Paragraph,
    SentenceKind Kind,
    IReadOnlyList<TextRange> Quoted,
    double QuotedShare,
    SentimentScores Scores,
    IReadOnlyList<WordValence> Words)
{
    /// <summary>The reference's class of this sentence (±0.05 on compound).</summary>
    public SentimentPolarity Polarity => Scores.Polarity;
}
