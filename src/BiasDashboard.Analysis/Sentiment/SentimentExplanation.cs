namespace BiasDashboard.Analysis.Sentiment;

/// <summary>
/// The scores of a text with the per-word valences behind them, so a number can be traced to its words.
/// <see cref="Emphasis"/> is the amplification from '!' and '?'; <see cref="RawCompound"/> is the compound before rounding.
/// </summary>
public sealed record SentimentExplanation(
    SentimentScores Scores,
    IReadOnlyList<WordValence> Words,
    double Emphasis,
    double RawCompound);
