using Microsoft.AspNetCore.SignalR;

namespace BiasDashboard.Web.Dashboard;

/// <summary>Pushes fresh dashboards to the pages watching each affected event, after the change is committed.</summary>
public sealed class DashboardNotifier(
    Events.Comparison.ComparisonCache comparisons, IHubContext<DashboardHub, IDashboardClient> hub,
    ILogger<DashboardNotifier> logger,
    Operations.BiasMetrics metrics)
{
    public async Task ArticlesChangedAsync(IReadOnlyCollection<string> eventIds, bool eventsChanged, CancellationToken ct)
    {
        comparisons.Invalidate(eventIds);
        // The change is already saved: a failed push must not turn a stored upload into an error. Pages
        // re-sync on reconnect, so a missed push heals itself.
        try
        {
            foreach (var eventId in eventIds)
            {
                if (await comparisons.FreshDashboardAsync(eventId, ct) is { } dashboard) // also kept for the pages and API
                {
                    await hub.Clients.Group(DashboardHub.GroupOf(eventId)).EventUpdated(dashboard);
                    metrics.Pushed("eventUpdated");
                }
            }

            if (eventsChanged)
            {
                await hub.Clients.All.EventsChanged();
                metrics.Pushed("eventsChanged");
            }
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            logger.LogWarning(e, "Could not push the dashboards of events {Events}", string.Join(", ", eventIds));
        }
    }
}
