using BiasDashboard.Web.Events;
using BiasDashboard.Web.Events.Comparison;
using BiasDashboard.Web.Outlets;
using BiasDashboard.Web.Dashboard;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace BiasDashboard.Web.Pages;

/// <summary>The dashboard: one event, compared across outlets, live.</summary>
public sealed class IndexModel(
    EventDashboardQuery dashboards, ComparisonCache cache, EventListQuery eventList, OutletListQuery outletList)
    : PageModel
{
    public EventDashboard? Dashboard { get; private set; }

    public IReadOnlyList<EventListItem> Events { get; private set; } = [];

    /// <summary>The outlet tag axes teachers defined; the charts can pool outlets by any of them.</summary>
    public IReadOnlyList<string> Axes { get; private set; } = [];

    public async Task OnGetAsync(string? @event, string? by, CancellationToken ct)
    {
        // The picker offers the newest events and the one shown; /events lists them all, a page at a time.
        var events = await eventList.EventsAsync(ct);
        Axes = await outletList.TagAxesAsync(ct);
        var asked = string.IsNullOrWhiteSpace(@event)
            ? null
            : events.FirstOrDefault(e => e.Id == @event) ?? await eventList.FindAsync(@event, ct);
        var id = asked?.Id ?? await dashboards.DefaultEventIdAsync(ct);
        if (id is not null && events.All(e => e.Id != id) && (asked ?? await eventList.FindAsync(id, ct)) is { } shown)
        {
            events = [shown, .. events];
        }

        Events = events;
        // Kept with the event's comparison, so the page costs the same however big the event (Events/Comparison/ComparisonCache).
        Dashboard = id is null ? null : await cache.GetDashboardAsync(id, by, ct);
    }

    /// <summary>Only http(s) links are rendered as links: an uploaded "javascript:" URL stays inert.</summary>
    public string? SafeUrl(string? url) => SafeLinks.Http(url);
}
