namespace BiasDashboard.Analysis.Sentiment;

/// <summary>
/// VADER's four scores, rounded as the reference rounds them: <see cref="Negative"/>, <see cref="Neutral"/>
/// and <see cref="Positive"/> are the proportions of the text (3 decimals); <see cref="Compound"/> is the
/// normalised overall score in [-1, 1] (4 decimals).
/// </summary>
public sealed record SentimentScores(double Negative, double Neutral, double Positive, double Compound)
{
    /// <summary>The scores of an empty or blank text.</summary>
    public static SentimentScores Zero { get; } = new(0, 0, 0, 0);

    /// <summary>The reference convention: positive at compound ≥ 0.05, negative at ≤ -0.05, neutral between.</summary>
    public SentimentPolarity Polarity => PolarityOf(Compound);

    /// <summary>The reference convention for any compound: positive at ≥ 0.05, negative at ≤ -0.05, neutral between.</summary>
    public static SentimentPolarity PolarityOf(double compound) =>
        compound >= VaderConstants.PolarityThreshold ? SentimentPolarity.Positive
        : compound <= -VaderConstants.PolarityThreshold ? SentimentPolarity.Negative
        : SentimentPolarity.Neutral;
}
