namespace BiasDashboard.Web.Dashboard;

/// <summary>
/// Pushed when an event's comparison (grouped <see cref="By"/> a tag axis, or null) has been rebuilt: pages fetch it
/// again. <see cref="Failed"/>: the rebuild failed and the last good comparison is still served.
/// </summary>
public sealed record ComparisonReady(string EventId, string? By, bool Failed)
{
    /// <summary>
    /// "comparison" (the event page's) or "dashboard" (the dashboard's, <c>?only=dashboard</c>): both are kept and
    /// rebuilt after a change, each announced when it is ready.
    /// </summary>
    public string Part { get; init; } = "comparison";
}
