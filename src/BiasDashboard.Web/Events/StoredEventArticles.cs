using BiasDashboard.Analysis.Events;
using BiasDashboard.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace BiasDashboard.Web.Events;

/// <summary>
/// Stored events' articles as the event matcher and the story linker read them: through the <c>ArticleEvents</c>
/// link table (never a scan of every article), with the terms kept at ingest (<see cref="StoredTerms"/>) instead of
/// their bodies.
/// </summary>
internal static class StoredEventArticles
{
    /// <summary>Each event's latest <paramref name="perEvent"/> article ids (highest ids first).</summary>
    public static async Task<Dictionary<string, List<int>>> LatestAsync(
        BiasDbContext db, IReadOnlyCollection<string> eventIds, int perEvent, CancellationToken ct)
    {
        var links = await db.Set<Dictionary<string, object>>(EventScope.LinkTable).AsNoTracking()
            .Where(l => eventIds.Contains(EF.Property<string>(l, "EventId")))
            .Select(l => new { EventId = EF.Property<string>(l, "EventId"), ArticleId = EF.Property<int>(l, "ArticleId") })
            .ToListAsync(ct);
        return links.GroupBy(l => l.EventId, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(l => l.ArticleId).OrderDescending().Take(perEvent).ToList(), StringComparer.Ordinal);
    }

    /// <summary>The articles' dates and kept terms; an article the backfill has not reached yet is counted from its body.</summary>
    public static async Task<Dictionary<int, UnlabelledArticle>> WithTermsAsync(
        BiasDbContext db, IReadOnlyCollection<int> articleIds, CancellationToken ct)
    {
        var rows = await db.Articles.AsNoTracking().Where(a => articleIds.Contains(a.Id))
            .Select(a => new
            {
                a.Id,
                a.Published,
                Terms = a.MatchTerms != null && a.MatchTerms.Version == StoredTerms.Version ? a.MatchTerms.Terms : null
            })
            .ToListAsync(ct);
        var missing = rows.Where(r => r.Terms is null).Select(r => r.Id).ToList();
        var counted = missing.Count == 0 ? [] : await db.Articles.AsNoTracking().Where(a => missing.Contains(a.Id))
            .Select(a => new { a.Id, a.Title, a.Body }).ToDictionaryAsync(a => a.Id, a => ArticleTerms.Of(a.Title, a.Body), ct);
        return rows.ToDictionary(r => r.Id, r => new UnlabelledArticle(
            r.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), null, string.Empty, r.Published,
            r.Terms is { } terms ? StoredTerms.Decode(terms) : counted[r.Id]));
    }

    /// <summary>
    /// A superset of the <paramref name="count"/> dated events nearest to <paramref name="day"/> within
    /// [<paramref name="from"/>, <paramref name="to"/>]: on each side, every event up to the date of the
    /// <paramref name="count"/>-th (ties included), read through <c>IX_Events_Date</c>.
    /// </summary>
    public static async Task<(DateOnly? From, DateOnly? To)> NearestBoundsAsync(
        BiasDbContext db, DateOnly day, int count, DateOnly? from, DateOnly? to, CancellationToken ct)
    {
        var after = db.Events.Where(e => e.Date >= day);
        after = to is { } t ? after.Where(e => e.Date <= t) : after;
        var before = db.Events.Where(e => e.Date < day);
        before = from is { } f ? before.Where(e => e.Date >= f) : before;
        var high = await after.OrderBy(e => e.Date).Select(e => e.Date).Skip(count - 1).FirstOrDefaultAsync(ct) ?? to;
        var low = await before.OrderByDescending(e => e.Date).Select(e => e.Date).Skip(count - 1).FirstOrDefaultAsync(ct) ?? from;
        return (low, high);
    }
}
