using BiasDashboard.Web.Accounts;
using BiasDashboard.Analysis.Sentiment;
using BiasDashboard.Web.Articles.Explain;
using BiasDashboard.Web.Data;
using BiasDashboard.Web.Data.Entities;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace BiasDashboard.Web.Lessons;

/// <summary>
/// <c>/api/lesson-examples</c>: a teacher keeps a rewritten sentence from the "why this score" panel to discuss in class.
/// Saving needs the admin token (teacher accounts replace it in issue #6); the scores are recomputed on the server.
/// </summary>
public static class LessonExampleEndpoints
{
    public static RouteGroupBuilder MapLessonExampleEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/lesson-examples").WithTags("Lessons");
        group.MapGet("/", ListExamples).WithSummary("Saved lesson examples, newest first.");
        group.MapPost("/", SaveExample).WithSummary("Save a rewritten sentence as a lesson example (teachers).").RequireTeacher()
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        return group;
    }

    private static async Task<Ok<List<LessonExampleDto>>> ListExamples(BiasDbContext db, CancellationToken ct) =>
        TypedResults.Ok(await db.LessonExamples.AsNoTracking().OrderByDescending(l => l.Id)
            .Select(l => new LessonExampleDto(
                l.Id, l.ArticleId, l.SentenceIndex, l.Original, l.Edited, l.OriginalCompound, l.EditedCompound, l.Note, l.SavedAtUtc))
            .ToListAsync(ct));

    private static async Task<Results<Created<LessonExampleDto>, ProblemHttpResult>> SaveExample(
        SaveLessonExample request, BiasDbContext db, TimeProvider clock, CancellationToken ct)
    {
        var sentence = await db.Sentences.AsNoTracking()
            .FirstOrDefaultAsync(s => s.ArticleId == request.ArticleId && s.Index == request.SentenceIndex, ct);
        var body = sentence is null
            ? null
            : await db.Articles.AsNoTracking().Where(a => a.Id == request.ArticleId).Select(a => a.Body).FirstAsync(ct);
        if (sentence is null || body is null)
        {
            return TypedResults.Problem(
                detail: $"There is no sentence {request.SentenceIndex} in article {request.ArticleId}.",
                statusCode: StatusCodes.Status404NotFound);
        }

        if (string.IsNullOrWhiteSpace(request.Edited) || request.Edited.Length > ExplainEndpoints.MaxLength || request.Note?.Length > 1000)
        {
            return TypedResults.Problem(
                detail: "send the edited sentence (at most 5,000 characters) and an optional note (at most 1,000)",
                statusCode: StatusCodes.Status422UnprocessableEntity);
        }

        var example = new LessonExample
        {
            ArticleId = request.ArticleId,
            SentenceIndex = request.SentenceIndex,
            Original = body.Substring(sentence.Start, sentence.Length),
            Edited = request.Edited,
            OriginalCompound = sentence.Compound,
            EditedCompound = VaderAnalyzer.Default.PolarityScores(request.Edited).Compound,
            Note = string.IsNullOrWhiteSpace(request.Note) ? null : request.Note.Trim(),
            SavedAtUtc = clock.GetUtcNow().UtcDateTime,
        };
        db.LessonExamples.Add(example);
        await db.SaveChangesAsync(ct);
        var dto = new LessonExampleDto(example.Id, example.ArticleId, example.SentenceIndex, example.Original, example.Edited,
            example.OriginalCompound, example.EditedCompound, example.Note, example.SavedAtUtc);
        return TypedResults.Created($"/api/lesson-examples/{example.Id}", dto);
    }
}

public sealed record SaveLessonExample(int ArticleId, int SentenceIndex, string? Edited, string? Note);

public sealed record LessonExampleDto(
    int Id, int ArticleId, int SentenceIndex, string Original, string Edited, double OriginalCompound, double EditedCompound, string? Note,
    DateTime SavedAtUtc);
