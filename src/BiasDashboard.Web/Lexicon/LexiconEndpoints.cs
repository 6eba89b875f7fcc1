using BiasDashboard.Web.Accounts;
using BiasDashboard.Analysis.Framing;
using Microsoft.AspNetCore.Http.HttpResults;

namespace BiasDashboard.Web.Lexicon;

/// <summary><c>/api/lexicon</c>: export the active framing lexicon; import a new version (teachers), which rescores everything.</summary>
public static class LexiconEndpoints
{
    public static RouteGroupBuilder MapLexiconEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/lexicon").WithTags("Framing");
        // The lexicon is written by FramingLexicon.ToJson (its documented schema), so its body is declared as any JSON.
        group.MapGet("/", GetLexicon).WithSummary("The active framing lexicon as JSON (the documented schema).")
            .Produces<object>(StatusCodes.Status200OK, "application/json");
        group.MapPut("/", PutLexicon).WithSummary("Import a framing lexicon; every stored article is rescored in the background.")
            .Accepts<object>("application/json").RequireTeacher().ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        return group;
    }

    private static ContentHttpResult GetLexicon(ActiveLexicon active) =>
        TypedResults.Text(active.Lexicon.ToJson(), "application/json");

    private static async Task<Results<Accepted<LexiconVersion>, ProblemHttpResult>> PutLexicon(
        HttpRequest request, LexiconStore store, CancellationToken ct)
    {
        using var reader = new StreamReader(request.Body);
        FramingLexicon lexicon;
        try
        {
            lexicon = FramingLexicon.Parse(await reader.ReadToEndAsync(ct));
        }
        catch (FormatException e)
        {
            return TypedResults.Problem(
                detail: e.Message, statusCode: StatusCodes.Status422UnprocessableEntity, title: "The lexicon was not saved");
        }

        var saved = await store.SaveAsync(lexicon, ct);
        return TypedResults.Accepted("/api/lexicon", new LexiconVersion(saved.Id, saved.Version));
    }

    public sealed record LexiconVersion(string Id, int Version);
}
