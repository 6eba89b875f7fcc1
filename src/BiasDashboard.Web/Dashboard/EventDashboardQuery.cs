using BiasDashboard.Analysis.Aggregation;
using BiasDashboard.Analysis.Sentiment;
using BiasDashboard.Web.Charts;
using BiasDashboard.Web.Data;
using BiasDashboard.Web.Lexicon;
using Microsoft.EntityFrameworkCore;

namespace BiasDashboard.Web.Dashboard;

/// <summary>Reads one event's articles and sentence scores and summarises them per outlet.</summary>
public sealed class EventDashboardQuery(BiasDbContext db, DashboardVersion version, ActiveLexicon lexicon) : IPushedDashboards
{
    /// <summary>
    /// The dashboard of event <paramref name="eventId"/>, or null when there is no such event. With <paramref name="by"/>
    /// naming an outlet tag axis, outlets are pooled by their value on it ("(no axis)" for untagged ones).
    /// </summary>
    public async Task<EventDashboard?> BuildAsync(string eventId, CancellationToken ct, string? by = null)
    {
        var stamp = version.Next(); // taken before reading, so a later stamp never shows older data
        var newsEvent = await db.Events.AsNoTracking().FirstOrDefaultAsync(e => e.Id == eventId, ct);
        if (newsEvent is null)
        {
            return null;
        }

        var rows = await db.ArticlesOfEvent(eventId).AsNoTracking()
            .OrderBy(a => a.Outlet.Name).ThenBy(a => a.Published).ThenBy(a => a.Id)
            .Select(a => new
            {
                Row = new ArticleRow(a.Id, a.Title, a.Outlet.Name, a.OutletId, a.Published, a.Url, a.SentenceCount, a.MeanCompound),
                a.OwnVoiceWords,
                a.QuotedWords,
            })
            .ToListAsync(ct);
        var articles = rows.Select(r => r.Row).ToList();
        var voices = rows.ToDictionary(r => r.Row.Id, r => (Own: r.OwnVoiceWords, Quoted: r.QuotedWords));
        var ids = articles.Select(a => a.Id).ToList();
        var sentences = (await db.Sentences.AsNoTracking()
                .Where(s => ids.Contains(s.ArticleId))
                .Select(s => new { s.ArticleId, s.Index, s.Compound, s.Position, s.Smoothed })
                .ToListAsync(ct))
            .OrderBy(s => s.ArticleId).ThenBy(s => s.Index)
            .ToLookup(s => s.ArticleId);

        var grouping = await Outlets.OutletGrouping.LoadAsync(db, by, articles.Select(a => a.OutletId).Distinct().ToList(), ct);
        var axis = grouping.Axis;
        List<OutletSummary> outlets;
        if (axis is null)
        {
            var colours = Palette.ByOutletId(articles.Select(a => a.OutletId));
            outlets = articles.GroupBy(a => (a.OutletId, a.Outlet))
                .Select(g => Summarise(g.Key.Outlet, colours[g.Key.OutletId], g.Count(),
                    g.SelectMany(a => sentences[a.Id]).Select(s => s.Compound).ToList()))
                .OrderBy(o => o.Outlet, StringComparer.OrdinalIgnoreCase)
                .ToList();
        }
        else
        {
            outlets = articles.GroupBy(a => grouping.ColumnOf(a.OutletId, a.Outlet), StringComparer.Ordinal)
                .OrderBy(g => g.Key, StringComparer.OrdinalIgnoreCase)
                .Select((g, i) => Summarise(g.Key, Palette.Outlets[i % Palette.Outlets.Count], g.Count(),
                    g.SelectMany(a => sentences[a.Id]).Select(s => s.Compound).ToList()))
                .ToList();
        }

        var columnOf = articles.ToDictionary(a => a.Id, a => axis is null ? a.Outlet : grouping.ColumnOf(a.OutletId, a.Outlet));
        var arcs = articles.Select(a => new ArticleArc(a.Id, a.Title, columnOf[a.Id],
            sentences[a.Id].Select(s => new ArcSample(s.Position, s.Smoothed)).ToList())).ToList();
        var framing = await FramingAsync(articles, columnOf, voices, ct);
        return new EventDashboard(
            newsEvent.Id, newsEvent.Title, newsEvent.Date, stamp, outlets, articles, DashboardFigureBuilder.Build(outlets, arcs), framing)
        {
            GroupedBy = axis,
        };
    }

    public Task<EventDashboard?> AfterChangeAsync(string eventId, CancellationToken ct) => BuildAsync(eventId, ct);

    private async Task<FramingSummary> FramingAsync(
        IReadOnlyList<ArticleRow> articles, IReadOnlyDictionary<int, string> outletOf,
        IReadOnlyDictionary<int, (int Own, int Quoted)> voices, CancellationToken ct)
    {
        var ids = voices.Keys.ToList();
        var matches = (await db.FramingMatches.AsNoTracking().Where(m => ids.Contains(m.ArticleId))
                .Select(m => new { m.ArticleId, m.Category, m.Option, m.InQuote }).ToListAsync(ct))
            .Select(m => new FramingSummaryBuilder.StoredMatch(outletOf[m.ArticleId], m.Category, m.Option, m.InQuote)).ToList();
        var outlets = articles.GroupBy(a => outletOf[a.Id], StringComparer.OrdinalIgnoreCase)
            .OrderBy(g => g.Key, StringComparer.OrdinalIgnoreCase)
            .Select(g => new FramingSummaryBuilder.OutletVoice(g.Key, g.Sum(a => voices[a.Id].Own), g.Sum(a => voices[a.Id].Quoted)))
            .ToList();
        return FramingSummaryBuilder.Build(lexicon.Lexicon, outlets, matches);
    }

    /// <summary>
    /// The event covered by the most outlets (ties: the most articles, then the latest), or null when there are no events.
    /// </summary>
    public async Task<string?> DefaultEventIdAsync(CancellationToken ct) =>
        await db.Events.AsNoTracking() // the kept counts, read backwards through IX_Events_OutletCount_ArticleCount_Date
            .OrderByDescending(e => e.OutletCount).ThenByDescending(e => e.ArticleCount).ThenByDescending(e => e.Date)
            .Select(e => e.Id).FirstOrDefaultAsync(ct);

    private static OutletSummary Summarise(string outlet, string colour, int articleCount, IReadOnlyList<double> compounds)
    {
        var ci = Statistics.MeanInterval95(compounds);
        double Share(SentimentPolarity p) =>
            compounds.Count == 0 ? 0 : (double)compounds.Count(c => SentimentScores.PolarityOf(c) == p) / compounds.Count;
        return new OutletSummary(outlet, colour, articleCount, compounds.Count, compounds.Count == 0 ? 0 : Statistics.Mean(compounds),
            ci is null ? null : Math.Max(-1, ci.Low), ci is null ? null : Math.Min(1, ci.High),
            Share(SentimentPolarity.Positive), Share(SentimentPolarity.Neutral), Share(SentimentPolarity.Negative));
    }
}
