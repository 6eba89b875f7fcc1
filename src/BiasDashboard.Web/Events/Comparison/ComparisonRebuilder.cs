using BiasDashboard.Web.Dashboard;
using Microsoft.AspNetCore.SignalR;

namespace BiasDashboard.Web.Events.Comparison;

/// <summary>
/// Rebuilds changed comparisons and dashboards one at a time, in the background of each instance, and tells the pages
/// watching the event (<c>ComparisonReady</c> on the dashboard hub, with the part, through the backplane to every
/// instance) when a current one is ready or when the rebuild failed, so they fetch it again. Requests never wait for
/// it: they are served the last good one, marked as updating (<see cref="ComparisonCache"/>).
/// </summary>
public sealed class ComparisonRebuilder(
    ComparisonCache cache, IHubContext<DashboardHub, IDashboardClient> hub, Operations.BiasMetrics metrics,
    ILogger<ComparisonRebuilder> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await foreach (var key in cache.Pending.ReadAllAsync(stoppingToken))
        {
            var outcome = await cache.RebuildAsync(key, stoppingToken);
            if (outcome is not (RebuildOutcome.Ready or RebuildOutcome.Failed))
            {
                continue;
            }

            try
            {
                var ready = new ComparisonReady(key.EventId, key.By.Length == 0 ? null : key.By, outcome == RebuildOutcome.Failed)
                {
                    Part = key.Part == ComparisonPart.Dashboard ? "dashboard" : "comparison",
                };
                await hub.Clients.Group(DashboardHub.GroupOf(key.EventId)).ComparisonReady(ready);
                metrics.Pushed("comparisonReady");
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // Pages catch up on their next push or reconnect; the comparison itself is stored.
                logger.LogWarning(e, "Could not tell the watchers of event {EventId} that its comparison is ready", key.EventId);
            }
        }
    }
}
