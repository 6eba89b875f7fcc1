using BiasDashboard.Web.Lexicon;
using Microsoft.AspNetCore.SignalR;

namespace BiasDashboard.Web.Dashboard;

/// <summary>Pushes rescoring progress (<see cref="FramingRescorer"/>) to every open dashboard.</summary>
public sealed class RescoreProgressPusher(IHubContext<DashboardHub, IDashboardClient> hub) : IRescoreListener
{
    public Task RescoreProgressAsync(RescoreStatus status, CancellationToken ct) => hub.Clients.All.RescoreProgress(status);
}
