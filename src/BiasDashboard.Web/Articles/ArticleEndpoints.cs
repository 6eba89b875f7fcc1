using BiasDashboard.Web.Accounts;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace BiasDashboard.Web.Articles;

/// <summary><c>/api/articles</c>: list, upload (multipart files or JSON), read with the full analysis, delete.</summary>
public static class ArticleEndpoints
{
    public static RouteGroupBuilder MapArticleEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/articles").WithTags("Articles");
        group.MapGet("/", ListArticles).WithSummary("Articles, newest first, optionally of one event or outlet.");
        group.MapPost("/", UploadArticles)
            .WithSummary("Upload articles: multipart files (.txt, .md, .html) " +
                         "with optional outlet/title/published/url/eventIds/newEvent fields, or JSON.")
            .Accepts<ArticleJsonUpload>("application/json", "multipart/form-data")
            // An upload API for scripts and classroom tools; who may use it is the Uploads:Access setting (open by
            // default). The Razor upload form keeps antiforgery.
            .DisableAntiforgery()
            .RequireUploadAccess()
            .WithUploadBodyLimit()
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        group.MapGet("/{id:int}", GetArticle).WithSummary("One article with its full analysis and sentence offsets.");
        group.MapDelete("/{id:int}", DeleteArticle).WithSummary("Delete an article (teachers).").RequireTeacher();
        return group;
    }

    private static async Task<Results<Ok<IReadOnlyList<ArticleListItem>>, ProblemHttpResult>> ListArticles(
        ArticleQueries queries, CancellationToken ct, string? eventId = null, string? outlet = null, int skip = 0, int take = 100) =>
        skip < 0 ? BadParameter("skip", skip, "0 or more")
        : take is < 1 or > ArticleQueries.MaxTake ? BadParameter("take", take, $"from 1 to {ArticleQueries.MaxTake}")
        : TypedResults.Ok(await queries.ListAsync(eventId, outlet, skip, take, ct));

    // A page size out of range used to be clamped (take=-5 gave one article): the caller is told instead.
    private static ProblemHttpResult BadParameter(string name, int value, string allowed) =>
        TypedResults.Problem(detail: $"'{name}' must be {allowed}; it was {value}.", statusCode: StatusCodes.Status400BadRequest,
            title: "A parameter is out of range", extensions: new Dictionary<string, object?> { ["parameter"] = name });

    private static async Task<Results<Ok<ArticleDetail>, NotFound<ProblemDetails>>> GetArticle(
        int id, ArticleQueries queries, CancellationToken ct) =>
        await queries.GetAsync(id, ct) is { } article ? TypedResults.Ok(article) : NotFoundProblem(id);

    private static async Task<Results<NoContent, NotFound<ProblemDetails>>> DeleteArticle(
        int id, ArticleIngestService ingest, CancellationToken ct) =>
        await ingest.DeleteAsync(id, ct) ? TypedResults.NoContent() : NotFoundProblem(id);

    private static async Task<Results<Created<UploadResponse>, ProblemHttpResult>> UploadArticles(
        HttpRequest request, ArticleUploadHandler uploads, CancellationToken ct)
    {
        try
        {
            var results = request.HasFormContentType
                ? await uploads.FromFormAsync(await uploads.ReadFormAsync(request, ct), ct)
                : [await uploads.FromJsonAsync(await ReadJsonAsync(request, ct), ct)];
            var firstId = results.FirstOrDefault(r => r.Accepted)?.ArticleId;
            return firstId is { } id
                ? TypedResults.Created($"/api/articles/{id}", new UploadResponse(id, results))
                : Refused(results);
        }
        catch (ArticleRejectedException e)
        {
            return TypedResults.Problem(detail: e.Message, statusCode: StatusOf(e.Kind), title: "The article was not stored");
        }
        catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status400BadRequest)
        {
            return TypedResults.Problem(
                detail: e.Message, statusCode: StatusCodes.Status400BadRequest, title: "The article was not stored");
        }
        catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return TypedResults.Problem(
                detail: UploadLimits.For(request.HttpContext).Message, statusCode: StatusCodes.Status413PayloadTooLarge,
                title: "The article was not stored");
        }
    }

    private static async Task<ArticleJsonUpload> ReadJsonAsync(HttpRequest request, CancellationToken ct)
    {
        if (!request.HasJsonContentType())
        {
            throw new ArticleRejectedException("send multipart/form-data with files, or application/json", RejectionKind.UnsupportedFormat);
        }

        try
        {
            return await request.ReadFromJsonAsync<ArticleJsonUpload>(ct)
                   ?? throw new ArticleRejectedException("the JSON body is empty");
        }
        catch (System.Text.Json.JsonException e)
        {
            throw new ArticleRejectedException($"the JSON body is malformed: {e.Message}", RejectionKind.Invalid, e);
        }
    }

    private static ProblemHttpResult Refused(IReadOnlyList<IngestResult> results)
    {
        var detail = results.Count == 0 ? "no files or text were sent" : string.Join("; ", results.Select(r => r.Error));
        var kinds = results.Select(r => r.Rejection ?? RejectionKind.Invalid).Distinct().ToList();
        var status = kinds.Count == 1 ? StatusOf(kinds[0]) : StatusCodes.Status422UnprocessableEntity;
        return TypedResults.Problem(detail: detail, statusCode: status, title: "No article was stored",
            extensions: new Dictionary<string, object?> { ["results"] = results });
    }

    private static int StatusOf(RejectionKind kind) => kind switch
    {
        RejectionKind.TooLarge => StatusCodes.Status413PayloadTooLarge,
        RejectionKind.UnsupportedFormat => StatusCodes.Status415UnsupportedMediaType,
        _ => StatusCodes.Status422UnprocessableEntity,
    };

    private static NotFound<ProblemDetails> NotFoundProblem(int id) =>
        TypedResults.NotFound(new ProblemDetails { Title = "Not found", Detail = $"There is no article {id}.", Status = 404 });
}
