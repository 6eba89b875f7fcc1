using System.Text.Json;
using System.Text.Json.Serialization;
using BiasDashboard.Web.Events;
using BiasDashboard.Web.Outlets;
using BiasDashboard.Web.Dashboard;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace BiasDashboard.Web.Pages;

/// <summary>The dashboard: one event, compared across outlets, live.</summary>
public sealed class IndexModel(EventDashboardQuery dashboards, EventListQuery eventList, OutletListQuery outletList) : PageModel
{
    // Default escaping keeps "<" out of the inline script element, so hostile titles cannot close it.
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    public EventDashboard? Dashboard { get; private set; }

    public IReadOnlyList<EventListItem> Events { get; private set; } = [];

    public string DashboardJson => JsonSerializer.Serialize(Dashboard, Json);

    /// <summary>The outlet tag axes teachers defined; the charts can pool outlets by any of them.</summary>
    public IReadOnlyList<string> Axes { get; private set; } = [];

    public async Task OnGetAsync(string? @event, string? by, CancellationToken ct)
    {
        Events = await eventList.EventsAsync(ct);
        Axes = await outletList.TagAxesAsync(ct);
        var id = !string.IsNullOrWhiteSpace(@event) && Events.Any(e => e.Id == @event) ? @event : await dashboards.DefaultEventIdAsync(ct);
        Dashboard = id is null ? null : await dashboards.BuildAsync(id, ct, by);
    }

    /// <summary>Only http(s) links are rendered as links: an uploaded "javascript:" URL stays inert.</summary>
    public string? SafeUrl(string? url) => SafeLinks.Http(url);
}
