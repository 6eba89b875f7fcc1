using BiasDashboard.Analysis.Articles;
using BiasDashboard.Analysis.Comparison;
using BiasDashboard.Analysis.Events;
using BiasDashboard.Analysis.Framing;
using BiasDashboard.Cli.Input;
using BiasDashboard.Cli.Output;

namespace BiasDashboard.Cli.Commands;

/// <summary>
/// <c>bias compare PATH... [--format json|markdown]</c>: groups articles into events (from a <c>manifest.json</c> beside
/// them where there is one, automatically otherwise) and prints each event's side-by-side comparison.
/// </summary>
internal static class CompareCommand
{
    public const string Usage = "bias compare PATH... [--format json|markdown]   compare outlets on the same events (uses manifest.json if present)";

    public static async Task<int> RunAsync(CompareOptions options, Stream stdout, TextWriter error, CancellationToken ct)
    {
        var (articles, manifestEvents, failures) = await CorpusFolder.ReadAsync(options.Paths, error, ct);
        if (articles.Count == 0)
        {
            await error.WriteLineAsync("bias compare: no articles to compare");
            return failures > 0 ? ExitCodes.SomeInputFailed : ExitCodes.Usage;
        }

        var events = Group(articles, manifestEvents);
        var compared = events.Select(e => new ComparedEvent(e.Id, e.Title, e.Date, e.Articles, EventComparer.Default.Compare(e.Articles.Select(Compared).ToList())))
            .ToList();
        if (options.Format == CompareFormat.Markdown)
        {
            await ComparisonMarkdownWriter.WriteAsync(stdout, compared, ct);
        }
        else
        {
            await ComparisonJsonWriter.WriteAsync(stdout, compared, ct);
        }

        return failures == 0 ? ExitCodes.Ok : ExitCodes.SomeInputFailed;
    }

    // Manifest events first (in date order), then automatic groups for the articles no manifest places.
    private static List<(string Id, string Title, DateOnly? Date, List<CorpusArticle> Articles)> Group(
        List<CorpusArticle> articles, Dictionary<string, Analysis.Ingest.ManifestEvent> manifestEvents)
    {
        var labelled = manifestEvents.Values
            .Select(e => (e.Id, e.Title, e.Date, Articles: articles.Where(a => a.Entry?.Events.Contains(e.Id) == true).ToList()))
            .Where(e => e.Articles.Count > 0)
            .ToList();
        var unlabelled = articles.Where(a => a.Entry is null || a.Entry.Events.Count == 0).ToList();
        if (unlabelled.Count > 0)
        {
            var plan = new EventMatcher().Plan(
                unlabelled.Select(a => new UnlabelledArticle(a.File, a.Title, a.Article.Body, a.Published)).ToList(),
                labelled.Select(e => new EventCandidate(e.Id, e.Title, e.Articles.Select(a => new UnlabelledArticle(a.File, a.Title, a.Article.Body, a.Published)).ToList(), e.Date)).ToList());
            foreach (var (file, suggestion) in plan.ToExisting)
            {
                labelled.Single(e => e.Id == suggestion.EventId).Articles.Add(unlabelled.Single(a => a.File == file));
            }

            labelled.AddRange(plan.NewEvents.Select((e, i) => ($"auto-{i + 1}", e.Title, e.Date, e.Keys.Select(k => unlabelled.Single(a => a.File == k)).ToList())));
        }

        return labelled.OrderBy(e => e.Date ?? DateOnly.MaxValue).ThenBy(e => e.Id, StringComparer.Ordinal).ToList();
    }

    private static ComparedArticle Compared(CorpusArticle article)
    {
        var analysis = ArticleAnalyzer.Default.Analyze(article.Article);
        var loaded = FramingLexicon.Default.Categories.Where(c => c.Group == FramingAnalyzer.LoadedGroup).Select(c => c.Id).ToHashSet(StringComparer.Ordinal);
        return new ComparedArticle(article.File, article.Outlet, article.Outlet, article.Title, article.Published, article.Article.Metadata.Url,
            article.Article.Body, analysis.Sentences.Select(s => s.Scores.Compound).ToList(), analysis.Framing.LoadedLanguageIndex,
            analysis.Framing.Matches.Where(m => !m.InQuote && loaded.Contains(m.Category)).Select(m => m.Start).ToList());
    }
}

/// <summary>One event of <c>bias compare</c>'s output: its id, title, date, articles and comparison.</summary>
internal sealed record ComparedEvent(string Id, string Title, DateOnly? Date, IReadOnlyList<CorpusArticle> Articles, EventComparison Comparison);
