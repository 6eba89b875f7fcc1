using System.Text.Json.Serialization;
using BiasDashboard.Web.Dashboard;
using BiasDashboard.Web.Events.Comparison;

namespace BiasDashboard.Web.Events;

/// <summary>
/// What <c>GET /api/events/{id}/comparison</c> serves: the event's dashboard, the same fields the hub pushes, and its
/// <see cref="Comparison"/>. The comparison is added here rather than on <see cref="EventDashboard"/> because the
/// dashboard (a lower folder) knows nothing of comparisons.
/// </summary>
public sealed record EventComparisonResponse : EventDashboard
{
    public EventComparisonResponse(EventDashboard dashboard, EventComparisonView? comparison)
        : base(dashboard) => Comparison = comparison;

    /// <summary>
    /// The side-by-side comparison (voices, actors, fact ledger, facts that differ, how sure); null with
    /// <c>only=dashboard</c>, and never in hub pushes, which carry only what the dashboard draws.
    /// </summary>
    [JsonPropertyOrder(1)] // after the dashboard's fields, as when it was one of them (a derived type's come first)
    public EventComparisonView? Comparison { get; init; }
}
