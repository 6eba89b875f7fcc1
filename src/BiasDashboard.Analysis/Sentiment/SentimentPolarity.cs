namespace BiasDashboard.Analysis.Sentiment;

/// <summary>A sentence's class under the reference's ±0.05 compound thresholds.</summary>
public enum SentimentPolarity
{
    /// <summary>Compound ≤ -0.05.</summary>
    Negative = -1,
    /// <summary>Compound strictly between -0.05 and 0.05.</summary>
    Neutral = 0,
    /// <summary>Compound ≥ 0.05.</summary>
    Positive = 1,
}
