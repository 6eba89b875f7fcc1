using BiasDashboard.Web.Accounts;
using BiasDashboard.Web.Events.Comparison;
using BiasDashboard.Web.Requests;
using Microsoft.AspNetCore.Http.HttpResults;

namespace BiasDashboard.Web.Events;

/// <summary>
/// The list of events and managing them (create, edit, merge, delete, facts) — each change needs the admin token until
/// teacher accounts exist (#6).
/// </summary>
public static class EventEndpoints
{
    public static IEndpointRouteBuilder MapEventEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/events", ListEvents).WithTags("Events")
            .WithSummary("Events, newest first, with how many articles and outlets cover each: " +
                         "a page of `take` (default 100, at most 500) from `skip`.");
        var events = app.MapGroup("/api/events").WithTags("Events").DisableAntiforgery();
        events.MapPost("/", Create).WithSummary("Create an event (teachers).").RequireTeacher().ProducesCommandProblems();
        events.MapPut("/{eventId}", Update).WithSummary("Rename an event, or change its date or description (teachers).")
            .RequireTeacher().ProducesCommandProblems();
        events.MapDelete("/{eventId}", Delete).WithSummary("Delete an event; its articles stay (teachers).")
            .RequireTeacher().ProducesCommandProblems();
        events.MapPost("/{eventId}/merge", Merge)
            .WithSummary("Move an event's articles and facts into another event and delete it (teachers).")
            .RequireTeacher().ProducesCommandProblems();
        events.MapPost("/{eventId}/facts", AddFact).WithSummary("Add a key fact to the event's ledger (teachers).")
            .RequireTeacher().ProducesCommandProblems();
        events.MapDelete("/{eventId}/facts/{factId:int}", DeleteFact).WithSummary("Remove a fact from the ledger (teachers).")
            .RequireTeacher().ProducesCommandProblems();
        return app;
    }

    // A full page links the next one (Link: rel="next"), so a client can walk every event a page at a time.
    private static async Task<Results<Ok<IReadOnlyList<EventListItem>>, ProblemHttpResult>> ListEvents(
        HttpContext http, EventListQuery events, CancellationToken ct, int skip = 0, int take = EventListQuery.PageSize)
    {
        if (skip < 0 || take is < 1 or > EventListQuery.MaxPageSize)
        {
            var (name, allowed) = skip < 0 ? ("skip", "0 or more") : ("take", $"1 to {EventListQuery.MaxPageSize}");
            return TypedResults.Problem(detail: $"the parameter '{name}' must be {allowed}", statusCode: StatusCodes.Status400BadRequest,
                title: "Bad parameter");
        }

        var page = await events.EventsAsync(ct, skip, take);
        if (page.Count == take)
        {
            http.Response.Headers.Link = $"</api/events?skip={skip + take}&take={take}>; rel=\"next\"";
        }

        return TypedResults.Ok(page);
    }

    /// <summary>Runs a change; a change refused by the commands is a problem saying why (404 or 422).</summary>
    internal static async Task<Results<T, ProblemHttpResult>> Run<T>(Func<Task<T>> action)
        where T : IResult
    {
        try
        {
            return await action();
        }
        catch (Requests.CommandRefusedException e)
        {
            return TypedResults.Problem(detail: e.Message, statusCode: e.Status, title: "The change was not made");
        }
    }

    private static Task<Results<Created<EventSummary>, ProblemHttpResult>> Create(
        EventEdit body, EventCommands commands, CancellationToken ct) => Run(async () =>
    {
        var created = await commands.CreateAsync(body.Title, body.Date, body.Description, ct);
        return TypedResults.Created(
            $"/events/{Uri.EscapeDataString(created.Id)}", new EventSummary(created.Id, created.Title, created.Date, created.Description));
    });

    private static Task<Results<NoContent, ProblemHttpResult>> Update(
        string eventId, EventEdit body, EventCommands commands, CancellationToken ct) => Run(async () =>
    {
        await commands.UpdateAsync(eventId, body.Title, body.Date, body.Description, ct);
        return TypedResults.NoContent();
    });

    private static Task<Results<NoContent, ProblemHttpResult>> Delete(string eventId, EventCommands commands, CancellationToken ct) =>
        Run(async () =>
        {
            await commands.DeleteAsync(eventId, ct);
            return TypedResults.NoContent();
        });

    private static Task<Results<NoContent, ProblemHttpResult>> Merge(
        string eventId, EventMerge body, EventCommands commands, CancellationToken ct) => Run(async () =>
    {
        await commands.MergeAsync(eventId, body.Into, ct);
        return TypedResults.NoContent();
    });

    private static Task<Results<Created<EventFactView>, ProblemHttpResult>> AddFact(
        string eventId, EventFactEdit body, EventCommands commands, CancellationToken ct) => Run(async () =>
    {
        var fact = await commands.AddFactAsync(eventId, body.Statement, body.Terms, body.ContradictTerms, ct);
        return TypedResults.Created(
            $"/api/events/{Uri.EscapeDataString(eventId)}/facts/{fact.Id}",
            new EventFactView(fact.Id, fact.Statement, fact.Terms, fact.ContradictTerms));
    });

    private static Task<Results<NoContent, ProblemHttpResult>> DeleteFact(
        string eventId, int factId, EventCommands commands, CancellationToken ct) => Run(async () =>
    {
        await commands.DeleteFactAsync(eventId, factId, ct);
        return TypedResults.NoContent();
    });
}
