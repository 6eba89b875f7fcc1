using BiasDashboard.Analysis.Ingest;
using BiasDashboard.Web.Accounts;
using BiasDashboard.Web.Events;
using BiasDashboard.Web.Requests;
using Microsoft.AspNetCore.Http.HttpResults;

namespace BiasDashboard.Web.Articles;

/// <summary>
/// <c>PUT /api/articles/{id}/events</c>, an article's events (teachers), and <c>POST /api/articles/plan</c>, which says
/// where uploads would go without storing them.
/// </summary>
public static class ArticleEventEndpoints
{
    public static IEndpointRouteBuilder MapArticleEventEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapPut("/api/articles/{id:int}/events", SetArticleEvents).WithTags("Articles").DisableAntiforgery()
            .WithSummary("Set the events an article belongs to (teachers).").RequireTeacher().ProducesCommandProblems();
        app.MapPost("/api/articles/plan", Plan).WithTags("Articles").DisableAntiforgery()
            .WithSummary("Where uploaded files would go: the best-matching event with its similarity, or a proposed new one; " +
                         "listing pages are split into their articles. Stores nothing.")
            .Accepts<IFormFile>("multipart/form-data")
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity)
            .RequireUploadAccess()
            .WithUploadBodyLimit();
        return app;
    }

    private static Task<Results<NoContent, ProblemHttpResult>> SetArticleEvents(
        int id, ArticleEventsEdit body, EventCommands commands, CancellationToken ct) => EventEndpoints.Run(async () =>
    {
        await commands.SetArticleEventsAsync(id, body.EventIds, ct);
        return TypedResults.NoContent();
    });

    private static async Task<Results<Ok<List<PlannedArticle>>, ProblemHttpResult>> Plan(
        HttpRequest request, ArticleUploadHandler uploads, EventPlanner planner, CancellationToken ct)
    {
        if (!request.HasFormContentType)
        {
            return TypedResults.Problem(
                detail: "send multipart/form-data with files or text", statusCode: StatusCodes.Status415UnsupportedMediaType);
        }

        List<UploadItem> items;
        try
        {
            items = await uploads.ReadAsync(await uploads.ReadFormAsync(request, ct), split: "all");
        }
        catch (ArticleRejectedException e)
        {
            return TypedResults.Problem(
                detail: e.Message,
                statusCode: e.Kind == RejectionKind.TooLarge
                    ? StatusCodes.Status413PayloadTooLarge
                    : StatusCodes.Status422UnprocessableEntity);
        }
        catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return TypedResults.Problem(detail: e.Message, statusCode: StatusCodes.Status413PayloadTooLarge);
        }

        var placements = (await planner.PlaceAsync(items.Where(i => i.Parsed is not null).Select(i => (i.Label, i.Parsed!)).ToList(), ct))
            .ToDictionary(p => p.Key, StringComparer.Ordinal);
        return TypedResults.Ok(items.Select(i => placements.GetValueOrDefault(i.Label) is { } at
            ? new PlannedArticle(i.File, i.Part, i.Parts, i.Parsed!.Metadata.Title, i.Parsed.Metadata.Published,
                at.Existing, at.NewEventTitle, at.NewGroup, null,
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
