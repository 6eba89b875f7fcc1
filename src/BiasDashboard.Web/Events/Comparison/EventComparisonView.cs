using BiasDashboard.Analysis.Comparison;
using BiasDashboard.Web.Charts;

namespace BiasDashboard.Web.Events.Comparison;

/// <summary>
/// The comparison of one event as the page and <c>GET /api/events/{id}/comparison</c> show it: the event, how the
/// columns are grouped (<see cref="GroupedBy"/> is an outlet tag axis, or null for one column per outlet), the outlets
/// in each column, the teacher's facts, the comparison itself (sentence references name articles by id) and its
/// Plotly figures with captions. <see cref="Updating"/>, <see cref="BuiltAtUtc"/> and <see cref="UpdateFailure"/> say how
/// current it is: comparisons are rebuilt in the background after a change, and the last good one is shown meanwhile.
/// </summary>
public sealed record EventComparisonView(
    string EventId,
    string Title,
    DateOnly? Date,
    string? Description,
    string? GroupedBy,
    IReadOnlyList<string> Axes,
    IReadOnlyDictionary<string, IReadOnlyList<OutletRef>> OutletsByColumn,
    IReadOnlyList<EventFactView> Facts,
    EventComparison Comparison,
    ComparisonFigures Figures)
{
    /// <summary>The event changed after this comparison was built, and a new one is being built; a push follows when it is ready.</summary>
    public bool Updating { get; init; }

    /// <summary>When this comparison was built (UTC).</summary>
    public DateTime BuiltAtUtc { get; init; }

    /// <summary>Set when the last rebuild failed: this is then the last good comparison, from before the latest change.</summary>
    public string? UpdateFailure { get; init; }
}

/// <summary>An outlet's id and name.</summary>
public sealed record OutletRef(int Id, string Name);

/// <summary>A teacher's fact as stored: statement and the comma-separated terms that find it.</summary>
public sealed record EventFactView(int Id, string Statement, string Terms, string? ContradictTerms);

/// <summary>
/// The comparison's charts: who is quoted (stacked by group) and how each actor is portrayed (heatmap, all sentences and own voice).
/// </summary>
public sealed record ComparisonFigures(CaptionedFigure Voices, CaptionedFigure ActorsAll, CaptionedFigure ActorsOwnVoice);
