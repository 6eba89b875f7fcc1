using System.Text.Json;
using BiasDashboard.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace BiasDashboard.Web.Articles;

/// <summary>Reads articles for the API and the article page.</summary>
public sealed class ArticleQueries(BiasDbContext db)
{
    /// <summary>The largest page of <c>/api/articles</c>.</summary>
    public const int MaxTake = 500;

    public async Task<IReadOnlyList<ArticleListItem>> ListAsync(string? eventId, string? outlet, int skip, int take, CancellationToken ct)
    {
        // Through ArticleEvents' index, not a correlated EXISTS over every article (Data/EventScope.cs).
        var query = string.IsNullOrWhiteSpace(eventId) ? db.Articles.AsNoTracking() : db.ArticlesOfEvent(eventId).AsNoTracking();

        if (!string.IsNullOrWhiteSpace(outlet))
        {
            query = query.Where(a => a.Outlet.Name == outlet);
        }

        var page = await query.OrderByDescending(a => a.UploadedAtUtc).ThenByDescending(a => a.Id)
            .Skip(Math.Max(0, skip)).Take(Math.Clamp(take, 1, MaxTake))
            .Select(a => new
            {
                a.Id,
                a.Title,
                Outlet = a.Outlet.Name,
                a.Published,
                a.Url,
                a.WordCount,
                a.SentenceCount,
                a.MeanCompound,
                a.UploadedAtUtc,
            })
            .ToListAsync(ct);
        // The page's events from the link table by article id: a join to every article's events would be read whole first.
        var ids = page.Select(a => a.Id).ToList();
        var events = (await db.Set<Dictionary<string, object>>(EventScope.LinkTable).AsNoTracking()
                .Where(l => ids.Contains(EF.Property<int>(l, "ArticleId")))
                .Select(l => new { ArticleId = EF.Property<int>(l, "ArticleId"), EventId = EF.Property<string>(l, "EventId") })
                .ToListAsync(ct))
            .ToLookup(l => l.ArticleId, l => l.EventId);
        return page.Select(a => new ArticleListItem(a.Id, a.Title, a.Outlet, a.Published, a.Url,
            events[a.Id].Order(StringComparer.Ordinal).ToList(), a.WordCount, a.SentenceCount, a.MeanCompound, a.UploadedAtUtc)).ToList();
    }

    /// <summary>
    /// One article with its analysis; with <paramref name="sentences"/> only that window of sentences (by index) and the
    /// framing matches inside it, so a page of a long article reads a page of rows.
    /// </summary>
    public async Task<ArticleDetail?> GetAsync(int id, CancellationToken ct, Range? sentences = null)
    {
        var (from, to) = sentences is { } r ? (r.Start.Value, r.End.Value) : (0, int.MaxValue);
        var a = await db.Articles.AsNoTracking().Include(x => x.Outlet).Include(x => x.Events)
            .Include(x => x.Sentences.Where(s => s.Index >= from && s.Index < to)).AsSplitQuery().FirstOrDefaultAsync(x => x.Id == id, ct);
        if (a is null)
        {
            return null;
        }

        var rows = a.Sentences.OrderBy(s => s.Index).ToList();
        var (start, end) = sentences is null || rows.Count == 0 ? (0, int.MaxValue) : (rows[0].Start, rows[^1].Start + rows[^1].Length);
        var matches = await db.FramingMatches.AsNoTracking().Where(m => m.ArticleId == id && m.Start >= start && m.Start < end)
            .OrderBy(m => m.Start).ToListAsync(ct);
        var details = rows.Select(s => new SentenceDetail(
            s.Index, s.Start, s.Start + s.Length, s.Paragraph, s.Kind.ToString().ToLowerInvariant(), s.QuotedShare,
            s.Negative, s.Neutral, s.Positive, s.Compound,
            JsonSerializer.Deserialize<List<WordEvidence>>(s.WordsJson) ?? [])).ToList();
        return new ArticleDetail(a.Id, a.Title, a.Outlet.Name, a.Author, a.Published, a.Url, a.Format.ToString().ToLowerInvariant(),
            a.UploadedAtUtc, a.Events.Select(e => new EventRef(e.Id, e.Title)).ToList(), a.WordCount, a.SentenceCount,
            new ArticleScores(
                a.MeanCompound, a.MedianCompound, a.MeanIntervalLow, a.MeanIntervalHigh, a.SharePositive, a.ShareNeutral, a.ShareNegative),
            a.Body, details, new ArticleFraming(a.LexiconId, a.LexiconVersion, a.LoadedLanguageIndex,
                matches.Select(m => new FramingMatchDetail(m.Start, m.End, m.Text, m.Term, m.Category, m.Option, m.InQuote, m.Speaker))
                    .ToList()));
    }

    /// <summary>
    /// For each event of the article: its outlet's sentence-compound sum and count there, so the "why this score"
    /// panel can show how the outlet's mean would move if one sentence read differently.
    /// </summary>
    public async Task<IReadOnlyList<OutletContext>> OutletContextAsync(int articleId, CancellationToken ct)
    {
        var article = await db.Articles.AsNoTracking().Where(a => a.Id == articleId)
            .Select(a => new { a.OutletId, Outlet = a.Outlet.Name, Events = a.Events.Select(e => new { e.Id, e.Title }).ToList() })
            .FirstOrDefaultAsync(ct);
        if (article is null)
        {
            return [];
        }

        var contexts = new List<OutletContext>();
        foreach (var e in article.Events)
        {
            var ids = db.ArticlesOfEvent(e.Id).Where(a => a.OutletId == article.OutletId).Select(a => a.Id);
            var compounds = await db.Sentences.AsNoTracking().Where(s => ids.Contains(s.ArticleId)).Select(s => s.Compound).ToListAsync(ct);
            contexts.Add(new OutletContext(e.Id, e.Title, article.Outlet, compounds.Sum(), compounds.Count));
        }

        return contexts;
    }
}

/// <summary>An outlet's pooled sentence compounds in one event.</summary>
public sealed record OutletContext(string EventId, string EventTitle, string Outlet, double Sum, int Count);
