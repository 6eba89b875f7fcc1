using BiasDashboard.Web.Operations;
using Microsoft.AspNetCore.SignalR;

namespace BiasDashboard.Web.Dashboard;

/// <summary>
/// Pushes fresh dashboards to the pages watching each event that was changed and saved, as announced by whoever saved
/// it (<see cref="EventChanges"/>), and tells every page when the list of events changed.
/// </summary>
public sealed class DashboardNotifier(
    IPushedDashboards dashboards, IHubContext<DashboardHub, IDashboardClient> hub, ILogger<DashboardNotifier> logger,
    BiasMetrics metrics)
    : IEventChangeListener
{
    public async Task EventsSavedAsync(IReadOnlyCollection<string> eventIds, bool listChanged, CancellationToken ct)
    {
        // The change is already saved: a failed push must not turn a stored upload into an error. Pages
        // re-sync on reconnect, so a missed push heals itself.
        try
        {
            foreach (var eventId in eventIds)
            {
                if (await dashboards.AfterChangeAsync(eventId, ct) is { } dashboard)
                {
                    await hub.Clients.Group(DashboardHub.GroupOf(eventId)).EventUpdated(dashboard);
                    metrics.Pushed("eventUpdated");
                }
            }

            if (listChanged)
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
