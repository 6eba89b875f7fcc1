namespace BiasDashboard.Analysis.Articles;

/// <summary>Shares of sentences that are positive, neutral and negative (compound ≥ 0.05, between, ≤ −0.05); they sum to 1.</summary>
public sealed record PolarityShares(double Positive, double Neutral, double Negative);
