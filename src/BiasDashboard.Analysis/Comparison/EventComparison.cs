namespace BiasDashboard.Analysis.Comparison;

/// <summary>
/// An event's coverage side by side. <see cref="Ledger"/> holds the teacher's facts and every fact two or more
/// columns state; <see cref="Differences"/> the ledger rows where the columns disagree; <see cref="SingleSource"/> the
/// facts only one column states.
/// </summary>
public sealed record EventComparison(
    IReadOnlyList<ComparisonColumn> Columns,
    IReadOnlyList<VoiceColumn> Voices,
    IReadOnlyList<ActorRow> Actors,
    IReadOnlyList<FactRow> Ledger,
    IReadOnlyList<FactRow> Differences,
    IReadOnlyList<FactRow> SingleSource)
{
    /// <summary>How many quoted passages the voices leave unattributed, over all columns.</summary>
    public QuotationCoverage Coverage => new(Voices.Sum(v => v.Quotations), Voices.Sum(v => v.UnattributedQuotations));
}
