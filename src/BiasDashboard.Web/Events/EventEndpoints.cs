using BiasDashboard.Web.Accounts;
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
        app.MapGet("/api/events", ListEvents).WithTags("Events").WithSummary("Every event with how many articles and outlets cover it.");
        var events = app.MapGroup("/api/events").WithTags("Events").DisableAntiforgery();
        events.MapPost("/", Create).WithSummary("Create an event (teachers).").RequireTeacher();
        events.MapPut("/{eventId}", Update).WithSummary("Rename an event, or change its date or description (teachers).").RequireTeacher();
        events.MapDelete("/{eventId}", Delete).WithSummary("Delete an event; its articles stay (teachers).").RequireTeacher();
        events.MapPost("/{eventId}/merge", Merge).WithSummary("Move an event's articles and facts into another event and delete it (teachers).").RequireTeacher();
        events.MapPost("/{eventId}/facts", AddFact).WithSummary("Add a key fact to the event's ledger (teachers).").RequireTeacher();
        events.MapDelete("/{eventId}/facts/{factId:int}", DeleteFact).WithSummary("Remove a fact from the ledger (teachers).").RequireTeacher();
        return app;
    }

    private static async Task<Ok<IReadOnlyList<EventListItem>>> ListEvents(EventListQuery events, CancellationToken ct) =>
        TypedResults.Ok(await events.EventsAsync(ct));

    internal static async Task<IResult> Run(Func<Task<IResult>> action)
    {
        try
        {
            return await action();
        }
        catch (EventCommandException e)
        {
            return TypedResults.Problem(detail: e.Message, statusCode: e.Status, title: "The change was not made");
        }
    }

    private static Task<IResult> Create(EventEdit body, EventCommands commands, CancellationToken ct) => Run(async () =>
    {
        var created = await commands.CreateAsync(body.Title, body.Date, body.Description, ct);
        return TypedResults.Created($"/events/{Uri.EscapeDataString(created.Id)}", new EventSummary(created.Id, created.Title, created.Date, created.Description));
    });

    private static Task<IResult> Update(string eventId, EventEdit body, EventCommands commands, CancellationToken ct) => Run(async () =>
    {
        await commands.UpdateAsync(eventId, body.Title, body.Date, body.Description, ct);
        return TypedResults.NoContent();
    });

    private static Task<IResult> Delete(string eventId, EventCommands commands, CancellationToken ct) => Run(async () =>
    {
        await commands.DeleteAsync(eventId, ct);
        return TypedResults.NoContent();
    });

    private static Task<IResult> Merge(string eventId, EventMerge body, EventCommands commands, CancellationToken ct) => Run(async () =>
    {
        await commands.MergeAsync(eventId, body.Into, ct);
        return TypedResults.NoContent();
    });

    private static Task<IResult> AddFact(string eventId, EventFactEdit body, EventCommands commands, CancellationToken ct) => Run(async () =>
    {
        var fact = await commands.AddFactAsync(eventId, body.Statement, body.Terms, body.ContradictTerms, ct);
        return TypedResults.Created($"/api/events/{Uri.EscapeDataString(eventId)}/facts/{fact.Id}", new { fact.Id, fact.Statement, fact.Terms, fact.ContradictTerms });
    });

    private static Task<IResult> DeleteFact(string eventId, int factId, EventCommands commands, CancellationToken ct) => Run(async () =>
    {
        await commands.DeleteFactAsync(eventId, factId, ct);
        return TypedResults.NoContent();
    });
}
