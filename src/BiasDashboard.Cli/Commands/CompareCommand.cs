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
    public const string Usage = "bias compare PATH... [--format json|markdown]   compare outlets on the same events (uses manifest.json " +
        "if present)";

    public static async Task<int> RunAsync(CompareOptions options, Stream stdout, TextWriter error, CancellationToken ct)
    {
        var (articles, manifestEvents, failures) = await CorpusFolder.ReadAsync(options.Paths, error, ct);
        if (articles.Count == 0)
        {
            await error.WriteLineAsync("bias compare: no articles to compare");
            return failures > 0 ? ExitCodes.SomeInputFailed : ExitCodes.Usage;
        }

        var events = Group(articles, manifestEvents, error);
        // One event, article or section that fails is one line on stderr; everything else is still written, and the exit code is 1.
        var compared = new List<ComparedEvent>();
        foreach (var e in events)
        {
            ct.ThrowIfCancellationRequested();
            var (comparedEvent, failed) = await CompareAsync(e, error);
            failures += failed;
            if (comparedEvent is not null)
            {
                compared.Add(comparedEvent);
            }
        }

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

    // One event: each article that cannot be analysed, and each part of the comparison that cannot be computed, is a line
    // on stderr and a failure; null when nothing of the event could be compared.
    private static async Task<(ComparedEvent? Event, int Failures)> CompareAsync(
        (string Id, string Title, DateOnly? Date, List<CorpusArticle> Articles) e, TextWriter error)
    {
        var failures = 0;
        var readable = new List<(CorpusArticle File, ComparedArticle Article)>();
        foreach (var article in e.Articles)
        {
            try
            {
                readable.Add((article, Compared(article)));
            }
            catch (Exception x) when (x is not OperationCanceledException)
            {
                failures++;
                await error.WriteLineAsync($"bias compare: {article.File}: could not be analysed: {x.Message}");
            }
        }

        if (readable.Count == 0)
        {
            return (null, failures);
        }

        try
        {
            var comparison = EventComparer.Default.Compare(readable.Select(r => r.Article).ToList());
            foreach (var failure in comparison.Failures)
            {
                failures++;
                await error.WriteLineAsync($"bias compare: event {e.Id}: {failure.Part} could not be computed: {failure.Reason}");
            }

            return (new ComparedEvent(e.Id, e.Title, e.Date, readable.Select(r => r.File).ToList(), comparison), failures);
        }
        catch (Exception x) when (x is not OperationCanceledException)
        {
            await error.WriteLineAsync($"bias compare: event {e.Id}: could not be compared: {x.Message}");
            return (null, failures + 1);
        }
    }

    // Manifest events first (in date order), then automatic groups for the articles no manifest places.
    private static List<(string Id, string Title, DateOnly? Date, List<CorpusArticle> Articles)> Group(
        List<CorpusArticle> articles, Dictionary<string, Analysis.Ingest.ManifestEvent> manifestEvents, TextWriter error)
    {
        var labelled = manifestEvents.Values
            .Select(e => (e.Id, e.Title, e.Date, Articles: articles.Where(a => a.Entry?.Events.Contains(e.Id) == true).ToList()))
            .Where(e => e.Articles.Count > 0)
            .ToList();
        var unlabelled = articles.Where(a => a.Entry is null || a.Entry.Events.Count == 0).ToList();
        if (unlabelled.Count > 0)
        {
            try
            {
                GroupUnlabelled(labelled, unlabelled);
            }
            catch (Exception x) when (x is not OperationCanceledException)
            {
                // Grouping failed: each article the manifest does not place is compared on its own rather than not at all.
                error.WriteLine($"bias compare: automatic grouping failed ({x.Message}); each unplaced article is its own event");
                labelled.AddRange(unlabelled.Select((a, i) => ($"auto-{i + 1}", a.Title, a.Published, new List<CorpusArticle> { a })));
            }
        }

        return labelled.OrderBy(e => e.Date ?? DateOnly.MaxValue).ThenBy(e => e.Id, StringComparer.Ordinal).ToList();
    }

    // Plans first and changes `labelled` only once the whole plan is made, so a failure leaves it as it was.
    private static void GroupUnlabelled(
        List<(string Id, string Title, DateOnly? Date, List<CorpusArticle> Articles)> labelled, List<CorpusArticle> unlabelled)
    {
        var plan = new EventMatcher().Plan(
            unlabelled.Select(a => new UnlabelledArticle(a.File, a.Title, a.Article.Body, a.Published)).ToList(),
            labelled.Select(e =>
                new EventCandidate(e.Id, e.Title,
                e.Articles.Select(a => new UnlabelledArticle(a.File, a.Title, a.Article.Body, a.Published)).ToList(), e.Date)).ToList());
        var byFile = unlabelled.GroupBy(a => a.File, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(),
            StringComparer.Ordinal);
        var toExisting = plan.ToExisting.Select(p =>
            (Event: labelled.FindIndex(e => e.Id == p.Value.EventId), Article: byFile[p.Key])).ToList();
        var created = plan.NewEvents.Select((e, i) => ($"auto-{i + 1}", e.Title, e.Date, e.Keys.Select(k => byFile[k]).ToList())).ToList();
        foreach (var (index, article) in toExisting)
        {
            labelled[index].Articles.Add(article);
        }

        labelled.AddRange(created);
    }

    private static ComparedArticle Compared(CorpusArticle article)
    {
        var analysis = ArticleAnalyzer.Default.Analyze(article.Article);
        var loaded = FramingLexicon.Default.Categories.Where(c => c.Group == FramingAnalyzer.LoadedGroup).Select(c =>
            c.Id).ToHashSet(StringComparer.Ordinal);
        return new ComparedArticle(article.File, article.Outlet, article.Outlet, article.Title, article.Published,
            article.Article.Metadata.Url,
            article.Article.Body, analysis.Sentences.Select(s => s.Scores.Compound).ToList(), analysis.Framing.LoadedLanguageIndex,
            analysis.Framing.Matches.Where(m => !m.InQuote && loaded.Contains(m.Category)).Select(m => m.Start).ToList());
    }
}

/// <summary>One event of <c>bias compare</c>'s output: its id, title, date, articles and comparison.</summary>
internal sealed record ComparedEvent(string Id, string Title, DateOnly? Date, IReadOnlyList<CorpusArticle> Articles,
    EventComparison Comparison);
