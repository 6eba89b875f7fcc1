using BiasDashboard.Web.Operations;
using Microsoft.AspNetCore.SignalR;

namespace BiasDashboard.Web.Dashboard;

/// <summary>
/// Pushes fresh dashboards to the pages watching each event that was changed and saved, as announced by whoever saved
/// it (<see cref="EventChanges"/>), and tells every page when the list of events changed.
/// </summary>
public sealed class DashboardNotifier(
    IPushedDashboards dashboards, IHubContext<DashboardHub, IDashboardClient> hub, BiasMetrics metrics)
    : IEventChangeListener
{
    public async Task EventsSavedAsync(IReadOnlyCollection<string> eventIds, bool listChanged, CancellationToken ct)
    {
        // A failed push is logged and contained by EventChanges (the change is already saved); pages re-sync on
        // reconnect, so a missed push heals itself.
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
}
