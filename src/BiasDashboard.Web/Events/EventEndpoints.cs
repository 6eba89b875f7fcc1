using BiasDashboard.Web.Accounts;
using BiasDashboard.Analysis.Ingest;
using BiasDashboard.Web.Articles;
using Microsoft.Extensions.Options;

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
        events.MapPost("/", Create).WithSummary("Create an event (teachers).").RequireTeacher();
        events.MapPut("/{eventId}", Update).WithSummary("Rename an event, or change its date or description (teachers).").RequireTeacher();
        events.MapDelete("/{eventId}", Delete).WithSummary("Delete an event; its articles stay (teachers).").RequireTeacher();
        events.MapPost("/{eventId}/merge", Merge).WithSummary("Move an event's articles and facts into another event and delete it (teachers).").RequireTeacher();
        events.MapPost("/{eventId}/facts", AddFact).WithSummary("Add a key fact to the event's ledger (teachers).").RequireTeacher();
        events.MapDelete("/{eventId}/facts/{factId:int}", DeleteFact).WithSummary("Remove a fact from the ledger (teachers).").RequireTeacher();
        app.MapPut("/api/articles/{id:int}/events", SetArticleEvents).WithTags("Articles").DisableAntiforgery()
            .WithSummary("Set the events an article belongs to (teachers).").RequireTeacher();
        app.MapPost("/api/articles/plan", Plan).WithTags("Articles").DisableAntiforgery()
            .WithSummary("Where uploaded files would go: the best-matching event with its similarity, or a proposed new one; listing pages are split into their articles. Stores nothing.")
            .Accepts<IFormFile>("multipart/form-data");
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

    private static async Task<IResult> Plan(HttpRequest request, ArticleIngestService ingest, EventPlanner planner, IOptions<UploadOptions> options, CancellationToken ct)
    {
        if (!request.HasFormContentType)
        {
            return TypedResults.Problem(detail: "send multipart/form-data with files or text", statusCode: StatusCodes.Status415UnsupportedMediaType);
        }

        var form = await request.ReadFormAsync(ct);
        if (form.Files.Count > options.Value.MaxFilesPerRequest)
        {
            return TypedResults.Problem(detail: $"send at most {options.Value.MaxFilesPerRequest} files at a time", statusCode: StatusCodes.Status413PayloadTooLarge);
        }

        var planned = new List<PlannedArticle>();
        var items = new List<(string Key, ArticleText Article)>();
        var sources = form.Files.Select(f => (Name: Path.GetFileName(f.FileName), File: (IFormFile?)f, Text: (string?)null)).ToList();
        if (form["text"].ToString() is { Length: > 0 } text && !string.IsNullOrWhiteSpace(text))
        {
            sources.Add(("pasted text", null, text));
        }

        foreach (var (name, file, pasted) in sources)
        {
            try
            {
                if (file is { Length: var length } && length > options.Value.MaxFileBytes)
                {
                    throw new ArticleRejectedException(ArticleIngestService.TooLarge(length, options.Value.MaxFileBytes), RejectionKind.TooLarge);
                }

                byte[] bytes;
                if (file is null)
                {
                    bytes = System.Text.Encoding.UTF8.GetBytes(pasted!);
                }
                else
                {
                    using var buffer = new MemoryStream((int)file.Length);
                    await file.CopyToAsync(buffer, ct);
                    bytes = buffer.ToArray();
                }

                var parsed = ingest.Parse(file is null ? "pasted.txt" : name, bytes);
                var parts = ArticleSplitter.FindParts(parsed.Body);
                if (parts.Count < 2)
                {
                    items.Add((name, parsed));
                    planned.Add(new PlannedArticle(name, null, 1, parsed.Metadata.Title, parsed.Metadata.Published, null, null, null, null));
                    continue;
                }

                for (var i = 0; i < parts.Count; i++)
                {
                    var part = ArticleUploadHandler.PartOf(parsed, parts[i]);
                    items.Add(($"{name}#{i}", part));
                    planned.Add(new PlannedArticle(name, i, parts.Count, part.Metadata.Title, part.Metadata.Published, null, null, null, null));
                }
            }
            catch (ArticleRejectedException e)
            {
                planned.Add(new PlannedArticle(name, null, 0, null, null, null, null, null, e.Message));
            }
        }

        var placements = (await planner.PlaceAsync(items, ct)).ToDictionary(p => p.Key, StringComparer.Ordinal);
        return TypedResults.Ok(planned.Select(p =>
            placements.TryGetValue(p.Part is { } i ? $"{p.File}#{i}" : p.File, out var at)
                ? p with { Existing = at.Existing, NewEventTitle = at.NewEventTitle, NewGroup = at.NewGroup }
                : p).ToList());
    }
}
