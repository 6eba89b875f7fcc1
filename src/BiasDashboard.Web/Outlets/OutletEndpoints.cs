using BiasDashboard.Web.Accounts;
using BiasDashboard.Web.Requests;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace BiasDashboard.Web.Outlets;

/// <summary><c>GET /api/outlets</c>, <c>GET /api/outlets/{id}/profile</c> and <c>PUT /api/outlets/{id}/tags</c> (teachers).</summary>
public static class OutletEndpoints
{
    public static IEndpointRouteBuilder MapOutletEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/outlets", ListOutlets).WithTags("Outlets").WithSummary("Every outlet with its article and event counts.");
        var group = app.MapGroup("/api/outlets").WithTags("Outlets").DisableAntiforgery();
        group.MapGet("/{id:int}/profile", Profile).WithSummary(
            "One outlet across its events: tone and loaded language over time, most quoted voices, " +
            "most positive and negative actors.");
        group.MapPut("/{id:int}/tags", SetTags)
            .WithSummary("Set the outlet's tags as {\"axis\": \"value\"} (an empty value removes that axis) (teachers).")
            .RequireTeacher().ProducesCommandProblems();
        return app;
    }

    private static async Task<Ok<IReadOnlyList<OutletListItem>>> ListOutlets(OutletListQuery outlets, CancellationToken ct) =>
        TypedResults.Ok(await outlets.OutletsAsync(ct));

    private static async Task<Results<Ok<OutletProfile>, NotFound<ProblemDetails>>> Profile(
        int id, OutletProfileQuery query, CancellationToken ct) =>
        await query.BuildAsync(id, ct) is { } profile
            ? TypedResults.Ok(profile)
            : TypedResults.NotFound(new ProblemDetails { Title = "Not found", Detail = $"There is no outlet {id}.", Status = 404 });

    private static async Task<Results<NoContent, ProblemHttpResult>> SetTags(
        int id, Dictionary<string, string?> tags, OutletTagCommands commands, CancellationToken ct)
    {
        try
        {
            await commands.SetAsync(id, tags, ct);
            return TypedResults.NoContent();
        }
        catch (CommandRefusedException e)
        {
            return TypedResults.Problem(detail: e.Message, statusCode: e.Status, title: "The tags were not changed");
        }
    }
}
