using Microsoft.AspNetCore.SignalR;

namespace BiasDashboard.Web.Dashboard;

/// <summary>The live-update hub at <c>/hubs/dashboard</c>. It only manages which events a page watches.</summary>
public sealed class DashboardHub : Hub<IDashboardClient>
{
    public const string Path = "/hubs/dashboard";

    public Task WatchEvent(string eventId) => Groups.AddToGroupAsync(Context.ConnectionId, GroupOf(eventId));

    public Task UnwatchEvent(string eventId) => Groups.RemoveFromGroupAsync(Context.ConnectionId, GroupOf(eventId));

    public static string GroupOf(string eventId) => "event:" + eventId;
}
