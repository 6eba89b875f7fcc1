using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace BiasDashboard.Web.Dashboard;

/// <summary><c>/api/events/{id}/comparison</c>: the dashboard of one event, the same payload the hub pushes.</summary>
public static class DashboardEndpoints
{
    public static RouteGroupBuilder MapDashboardEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/events").WithTags("Events");
        group.MapGet("/{eventId}/comparison", GetComparison)
            .WithSummary("Per-outlet sentiment for one event: means with 95% intervals, polarity shares, arcs, articles, and the Plotly figures.");
        app.MapHub<DashboardHub>(DashboardHub.Path);
        return group;
    }

    private static async Task<Results<Ok<EventDashboard>, NotFound<ProblemDetails>>> GetComparison(
        string eventId, EventDashboardQuery query, CancellationToken ct) =>
        await query.BuildAsync(eventId, ct) is { } dashboard
            ? TypedResults.Ok(dashboard)
            : TypedResults.NotFound(new ProblemDetails { Title = "Not found", Detail = $"There is no event '{eventId}'.", Status = 404 });
}
