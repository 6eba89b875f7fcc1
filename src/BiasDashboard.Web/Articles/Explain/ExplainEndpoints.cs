using BiasDashboard.Analysis.Sentiment;
using Microsoft.AspNetCore.Http.HttpResults;

namespace BiasDashboard.Web.Articles.Explain;

/// <summary>
/// <c>POST /api/sentiment/explain</c>: scores a sentence and says what each word contributed. The "why this score"
/// panel calls it as a reader strikes out or swaps words; it changes nothing stored.
/// </summary>
public static class ExplainEndpoints
{
    public const int MaxLength = 5000;

    public static RouteHandlerBuilder MapExplainEndpoints(this IEndpointRouteBuilder app) =>
        app.MapPost("/api/sentiment/explain", ExplainSentence).WithTags("Sentiment")
            .WithSummary("VADER scores of a text (tone 'vader', the reference, or 'news', VADER plus the news extension) " +
                         "with every word's lexicon valence or a note that it has none, the loaded-language matches, and measured hints.")
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);

    private static Results<Ok<SentenceExplanation>, ProblemHttpResult> ExplainSentence(ExplainRequest request, SentenceExplainer explainer)
    {
        if (request.Text is null || request.Text.Length > MaxLength)
        {
            return TypedResults.Problem(
                detail: $"send {{\"text\": \"…\"}} of at most {MaxLength} characters",
                statusCode: StatusCodes.Status422UnprocessableEntity);
        }

        return TypedResults.Ok(explainer.Explain(request.Text, request.Tone));
    }

    /// <summary>What the rules did to a word, in words a student can follow.</summary>
    public static string EffectOf(WordValence w)
    {
        var lower = w.Word.Trim('!', '?', '.', ',', ';', ':', '"', '\'').ToLowerInvariant();
        if (w.LexiconValence is not { } lexicon)
        {
            return VaderConstants.Boosters.ContainsKey(lower) ? "booster: strengthens or weakens the next sentiment word"
                : VaderConstants.Negations.Contains(lower) || lower.Contains("n't", StringComparison.Ordinal)
                    ? "negation: flips the next sentiment words"
                : "";
        }

        var delta = w.Valence - lexicon;
        return Math.Abs(delta) < 1e-9 ? "as in the lexicon"
            : Math.Sign(w.Valence) != Math.Sign(lexicon) && w.Valence != 0 ? "negated"
            : w.Valence == 0 ? "cancelled (a 'no' before another sentiment word, or a booster phrase)"
            : Math.Abs(w.Valence) > Math.Abs(lexicon) ? "intensified (booster, capitals, 'but' or emphasis)"
            : "damped (dampener or before 'but')";
    }
}

public sealed record ExplainRequest(string? Text, string? Tone = null);

/// <summary>The scores, every word, the loaded-language matches and their summed weight (the loaded score), and the hints.</summary>
public sealed record SentenceExplanation(
    double Neg, double Neu, double Pos, double Compound, IReadOnlyList<WordEffect> Words, string Tone, double LoadedScore,
    IReadOnlyList<LoadedWord> Loaded, IReadOnlyList<Hint> Hints);

/// <summary>
/// One word: its lexicon valence (null if not a lexicon word), its valence after the rules, the rule's effect, and a plain note.
/// </summary>
public sealed record WordEffect(int Start, int End, string Word, double Valence, double? LexiconValence, string Effect, string Note);
