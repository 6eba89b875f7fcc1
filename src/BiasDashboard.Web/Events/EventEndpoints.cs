using BiasDashboard.Analysis.Ingest;
using BiasDashboard.Web.Accounts;
using BiasDashboard.Web.Articles;

namespace BiasDashboard.Web.Events;

/// <summary>
/// Managing events (create, edit, merge, delete, facts, an article's events) — each needs the admin token until
/// teacher accounts exist (#6) — and <c>POST /api/articles/plan</c>, which says where uploads would go without storing them.
/// </summary>
public static class EventEndpoints
{
    public static IEndpointRouteBuilder MapEventEndpoints(this IEndpointRouteBuilder app)
    {
        var events = app.MapGroup("/api/events").WithTags("Events").DisableAntiforgery();
        events.MapPost("/", Create).WithSummary("Create an event (teachers).").RequireAuthorization(TeacherPolicy.Name);
        events.MapPut("/{eventId}", Update).WithSummary("Rename an event, or change its date or description (teachers).").RequireAuthorization(TeacherPolicy.Name);
        events.MapDelete("/{eventId}", Delete).WithSummary("Delete an event; its articles stay (teachers).").RequireAuthorization(TeacherPolicy.Name);
        events.MapPost("/{eventId}/merge", Merge).WithSummary("Move an event's articles and facts into another event and delete it (teachers).").RequireAuthorization(TeacherPolicy.Name);
        events.MapPost("/{eventId}/facts", AddFact).WithSummary("Add a key fact to the event's ledger (teachers).").RequireAuthorization(TeacherPolicy.Name);
        events.MapDelete("/{eventId}/facts/{factId:int}", DeleteFact).WithSummary("Remove a fact from the ledger (teachers).").RequireAuthorization(TeacherPolicy.Name);
        app.MapPut("/api/articles/{id:int}/events", SetArticleEvents).WithTags("Articles").DisableAntiforgery()
            .WithSummary("Set the events an article belongs to (teachers).").RequireAuthorization(TeacherPolicy.Name);
        app.MapPost("/api/articles/plan", Plan).WithTags("Articles").DisableAntiforgery()
            .WithSummary("Where uploaded files would go: the best-matching event with its similarity, or a proposed new one; listing pages are split into their articles. Stores nothing.")
            .Accepts<IFormFile>("multipart/form-data")
            .RequireUploadAccess()
            .WithUploadBodyLimit();
        return app;
    }

    private static async Task<IResult> Run(Func<Task<IResult>> action)
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

    private static Task<IResult> SetArticleEvents(int id, ArticleEventsEdit body, EventCommands commands, CancellationToken ct) => Run(async () =>
    {
        await commands.SetArticleEventsAsync(id, body.EventIds, ct);
        return TypedResults.NoContent();
    });

    private static async Task<IResult> Plan(HttpRequest request, ArticleUploadHandler uploads, EventPlanner planner, CancellationToken ct)
    {
        if (!request.HasFormContentType)
        {
            return TypedResults.Problem(detail: "send multipart/form-data with files or text", statusCode: StatusCodes.Status415UnsupportedMediaType);
        }

        List<UploadItem> items;
        try
        {
            items = await uploads.ReadAsync(await uploads.ReadFormAsync(request, ct), split: "all");
        }
        catch (ArticleRejectedException e)
        {
            return TypedResults.Problem(detail: e.Message, statusCode: e.Kind == RejectionKind.TooLarge ? StatusCodes.Status413PayloadTooLarge : StatusCodes.Status422UnprocessableEntity);
        }
        catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return TypedResults.Problem(detail: e.Message, statusCode: StatusCodes.Status413PayloadTooLarge);
        }

        var placements = (await planner.PlaceAsync(items.Where(i => i.Parsed is not null).Select(i => (i.Label, i.Parsed!)).ToList(), ct))
            .ToDictionary(p => p.Key, StringComparer.Ordinal);
        return TypedResults.Ok(items.Select(i => placements.GetValueOrDefault(i.Label) is { } at
            ? new PlannedArticle(i.File, i.Part, i.Parts, i.Parsed!.Metadata.Title, i.Parsed.Metadata.Published, at.Existing, at.NewEventTitle, at.NewGroup, null,
                i.Parsed.Metadata.Outlet, at.NewEventDate, at.Reason, MissingFields(i.Parsed.Metadata))
            : new PlannedArticle(i.File, i.Part, i.Parts, null, null, null, null, null, i.Reason)).ToList());
    }

    // What the file itself does not say; the review asks for it before storing (the form's fields can fill it).
    private static List<string> MissingFields(ArticleMetadata metadata)
    {
        var missing = new List<string>();
        if (string.IsNullOrWhiteSpace(metadata.Title))
        {
            missing.Add("title");
        }

        if (metadata.Published is null)
        {
            missing.Add("date");
        }

        if (string.IsNullOrWhiteSpace(metadata.Outlet))
        {
            missing.Add("outlet");
        }

        return missing;
    }
}
