using BiasDashboard.Analysis.Aggregation;

namespace BiasDashboard.Analysis.Articles;

/// <summary>
/// Article-level sentiment: mean and median sentence compound, the 95% confidence interval of the mean
/// (null with fewer than two sentences), and the polarity shares.
/// </summary>
public sealed record ArticleSummary(
    double MeanCompound,
    double MedianCompound,
    ConfidenceInterval? MeanInterval,
    PolarityShares Shares);
