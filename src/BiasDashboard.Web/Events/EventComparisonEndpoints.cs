using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace BiasDashboard.Web.Events;

/// <summary><c>/api/events/{id}/comparison</c>: the dashboard of one event, the same payload the hub pushes.</summary>
public static class EventComparisonEndpoints
{
    public static RouteGroupBuilder MapEventComparisonEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/events").WithTags("Events");
        group.MapGet("/{eventId}/comparison", GetComparison)
            .WithSummary("One event side by side: per-outlet sentiment (means with 95% intervals, shares, arcs, figures) " +
                         "and, unless only=dashboard, " +
                         "the comparison: columns with bootstrap spread and AFINN agreement, voices, actors, fact ledger " +
                         "and facts that differ. " +
                         "by=<axis> groups outlets by a tag axis.");
        return group;
    }

    // Both parts come from the comparison cache: a read costs the same however big the event; after a change each is
    // the last good one, marked updating, until its rebuild is kept (Comparison/ComparisonCache).
    private static async Task<Results<Ok<EventComparisonResponse>, NotFound<ProblemDetails>>> GetComparison(
        string eventId, Comparison.ComparisonCache cache, CancellationToken ct, string? only = null, string? by = null)
    {
        if (await cache.GetDashboardAsync(eventId, by, ct) is not { } dashboard)
        {
            return TypedResults.NotFound(new ProblemDetails
            {
                Title = "Not found",
                Detail = $"There is no event '{eventId}'.",
                Status = 404
            });
        }

        return TypedResults.Ok(
            new EventComparisonResponse(dashboard, only == "dashboard" ? null : await cache.GetAsync(eventId, by, ct)));
    }
}
