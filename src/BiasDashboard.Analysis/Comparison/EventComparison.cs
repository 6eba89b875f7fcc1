using System.Text.Json.Serialization;

namespace BiasDashboard.Analysis.Comparison;

/// <summary>
/// An event's coverage side by side. <see cref="Ledger"/> holds the teacher's facts and every fact two or more
/// columns state; <see cref="Differences"/> the ledger rows where the columns disagree; <see cref="SingleSource"/> the
/// facts only one column states. <see cref="Failures"/> names each part that could not be computed (its lists are then
/// empty) while the others were.
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

    /// <summary>The parts that failed, in the order they were met; empty when everything was computed.</summary>
    public IReadOnlyList<ComparisonFailure> Failures { get; init; } = [];
}

/// <summary>
/// A part of a comparison that could not be computed: <see cref="Part"/> is a section (<c>sentiment</c>,
/// <c>voices</c>, <c>actors</c>, <c>facts</c>) or one article's reading (<c>article KEY</c>, <c>voices in KEY</c>,
/// <c>facts in KEY</c>); <see cref="Reason"/> says why in a line; <see cref="Error"/> keeps the detail for a log.
/// </summary>
public sealed record ComparisonFailure(string Part, string Reason, [property: JsonIgnore] Exception? Error = null);
