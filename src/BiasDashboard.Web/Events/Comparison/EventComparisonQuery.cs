using System.Globalization;
using BiasDashboard.Analysis.Comparison;
using BiasDashboard.Web.Outlets;
using BiasDashboard.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace BiasDashboard.Web.Events.Comparison;

/// <summary>
/// Reads one event's articles with their stored sentence scores and the teacher's facts, and compares them with
/// <see cref="EventComparer"/>: one column per outlet, or per value of the outlet tag axis <c>by</c>.
/// </summary>
public sealed class EventComparisonQuery(BiasDbContext db, ComparisonCache cache, Lexicon.ActiveLexicon lexicon, ILogger<EventComparisonQuery> logger)
{
    public Task<EventComparisonView?> BuildAsync(string eventId, string? by, CancellationToken ct) =>
        cache.GetOrBuildAsync(eventId, by, () => BuildUncachedAsync(eventId, by, ct));

    private async Task<EventComparisonView?> BuildUncachedAsync(string eventId, string? by, CancellationToken ct)
    {
        var newsEvent = await db.Events.AsNoTracking().Include(e => e.Facts).FirstOrDefaultAsync(e => e.Id == eventId, ct);
        if (newsEvent is null)
        {
            return null;
        }

        var articles = await db.ArticlesOfEvent(eventId).AsNoTracking()
            .OrderBy(a => a.Published).ThenBy(a => a.Id)
            .Select(a => new { a.Id, a.Title, Outlet = a.Outlet.Name, a.OutletId, a.Published, a.Url, a.Body, a.LoadedLanguageIndex, a.LexiconVersion })
            .ToListAsync(ct);
        var ids = articles.Select(a => a.Id).ToList();
        var compounds = (await db.Sentences.AsNoTracking().Where(s => ids.Contains(s.ArticleId))
                .Select(s => new { s.ArticleId, s.Index, s.Compound }).ToListAsync(ct))
            .GroupBy(s => s.ArticleId)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<double>)g.OrderBy(s => s.Index).Select(s => s.Compound).ToList());
        var loadedCategories = lexicon.Lexicon.Categories.Where(c => c.Group == Analysis.Framing.FramingAnalyzer.LoadedGroup).Select(c => c.Id).ToList();
        var loadedStarts = (await db.FramingMatches.AsNoTracking()
                .Where(m => ids.Contains(m.ArticleId) && m.Option == null && !m.InQuote && loadedCategories.Contains(m.Category))
                .Select(m => new { m.ArticleId, m.Start }).ToListAsync(ct))
            .GroupBy(m => m.ArticleId).ToDictionary(g => g.Key, g => (IReadOnlyList<int>)g.Select(m => m.Start).ToList());
        var grouping = await OutletGrouping.LoadAsync(db, by, articles.Select(a => a.OutletId).Distinct().ToList(), ct);

        var compared = articles.Select(a => new ComparedArticle(
            a.Id.ToString(CultureInfo.InvariantCulture), a.Outlet, grouping.ColumnOf(a.OutletId, a.Outlet), a.Title, a.Published, a.Url, a.Body,
            compounds.GetValueOrDefault(a.Id), a.LexiconVersion is null ? null : a.LoadedLanguageIndex,
            a.LexiconVersion is null ? null : loadedStarts.GetValueOrDefault(a.Id) ?? [])).ToList();
        var facts = newsEvent.Facts.OrderBy(f => f.Id)
            .Select(f => new LedgerFact(f.Id.ToString(CultureInfo.InvariantCulture), f.Statement, SplitTerms(f.Terms), SplitTerms(f.ContradictTerms)))
            .ToList();
        var comparison = Compare(eventId, compared, facts);
        var outletsByColumn = compared.GroupBy(a => a.Column, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<OutletRef>)articles.Where(a => g.Any(c => c.Key == a.Id.ToString(CultureInfo.InvariantCulture)))
                .Select(a => new OutletRef(a.OutletId, a.Outlet)).Distinct().ToList(), StringComparer.Ordinal);
        return new EventComparisonView(newsEvent.Id, newsEvent.Title, newsEvent.Date, newsEvent.Description, grouping.Axis, grouping.Axes,
            outletsByColumn, newsEvent.Facts.OrderBy(f => f.Id).Select(f => new EventFactView(f.Id, f.Statement, f.Terms, f.ContradictTerms)).ToList(),
            comparison, ComparisonFigureBuilder.Build(comparison));
    }

    // The comparer contains each failing article or section itself (EventComparison.Failures); they are logged here with
    // their detail. Should it fail as a whole, the page still shows the event with that one failure named.
    private EventComparison Compare(string eventId, IReadOnlyList<ComparedArticle> articles, IReadOnlyList<LedgerFact> facts)
    {
        EventComparison comparison;
        try
        {
            comparison = EventComparer.Default.Compare(articles, facts);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            comparison = new EventComparison([], [], [], [], [], []) { Failures = [new ComparisonFailure("comparison", $"the comparison failed: {e.Message}", e)] };
        }

        foreach (var failure in comparison.Failures)
        {
            logger.LogError(failure.Error, "Event {EventId}: {Part} could not be computed: {Reason}", eventId, failure.Part, failure.Reason);
        }

        return comparison;
    }

    /// <summary>Comma-separated terms as stored: trimmed, empty ones dropped.</summary>
    public static IReadOnlyList<string> SplitTerms(string? terms) =>
        (terms ?? "").Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
}
