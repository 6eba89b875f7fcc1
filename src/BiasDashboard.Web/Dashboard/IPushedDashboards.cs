namespace BiasDashboard.Web.Dashboard;

/// <summary>
/// Where the dashboard pushed after a saved change comes from. By default a fresh read (<see cref="EventDashboardQuery"/>);
/// the comparison cache (Events/Comparison) provides one that shares the build with its own rebuild of that dashboard
/// and keeps the result for the pages and the API, so a change costs one dashboard build.
/// </summary>
public interface IPushedDashboards
{
    /// <summary>The dashboard (one column per outlet) of <paramref name="eventId"/> as saved now; null when it is gone.</summary>
    Task<EventDashboard?> AfterChangeAsync(string eventId, CancellationToken ct);
}
