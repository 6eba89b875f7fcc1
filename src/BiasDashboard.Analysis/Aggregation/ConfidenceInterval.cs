namespace BiasDashboard.Analysis.Aggregation;

/// <summary>A two-sided interval for an estimate, at <see cref="Level"/> (0.95 for 95%).</summary>
public sealed record ConfidenceInterval(double Low, double High, double Level);
