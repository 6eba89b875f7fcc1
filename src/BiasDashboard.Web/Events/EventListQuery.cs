using BiasDashboard.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace BiasDashboard.Web.Events;

/// <summary>
/// Lists of events, for the API, the list pages and the pickers: newest first (undated events last), a page at a
/// time, with the counts kept on the rows (<see cref="CoverageCounts"/>). The dated part is read backwards through
/// <c>IX_Events_Date</c> and stops at the page's end, so a page costs its length, not the number of events stored.
/// </summary>
public sealed class EventListQuery(BiasDbContext db)
{
    /// <summary>How many events a list shows at once (the API's default page; pickers show this many, newest first).</summary>
    public const int PageSize = 100;

    /// <summary>The API's largest page.</summary>
    public const int MaxPageSize = 500;

    /// <summary>The events from <paramref name="skip"/> on, at most <paramref name="take"/>, newest first; equal dates by title.</summary>
    public async Task<IReadOnlyList<EventListItem>> EventsAsync(CancellationToken ct, int skip = 0, int take = PageSize)
    {
        var dated = await Rows(db.Events.Where(e => e.Date != null).OrderByDescending(e => e.Date).ThenBy(e => e.Title))
            .Skip(skip).Take(take).ToListAsync(ct);
        if (dated.Count == take)
        {
            return Ordered(dated);
        }

        // The dated events ran out on this page: the undated ones follow them.
        var undatedSkip = dated.Count > 0 ? 0 : Math.Max(0, skip - await db.Events.CountAsync(e => e.Date != null, ct));
        var undated = await Rows(db.Events.Where(e => e.Date == null).OrderBy(e => e.Title))
            .Skip(undatedSkip).Take(take - dated.Count).ToListAsync(ct);
        return Ordered([.. dated, .. undated]);
    }

    /// <summary>
    /// The events nearest in date to <paramref name="date"/> (half before, half after; undated events when it has no
    /// date or too few are dated), newest first: the merge picker's choices, read through <c>IX_Events_Date</c>.
    /// </summary>
    public async Task<IReadOnlyList<EventListItem>> NearAsync(DateOnly? date, CancellationToken ct, int take = PageSize)
    {
        if (date is not { } day)
        {
            return await EventsAsync(ct, 0, take);
        }

        var before = await Rows(db.Events.Where(e => e.Date <= day).OrderByDescending(e => e.Date)).Take(take / 2).ToListAsync(ct);
        var after = await Rows(db.Events.Where(e => e.Date > day).OrderBy(e => e.Date)).Take(take - before.Count).ToListAsync(ct);
        var undated = await Rows(db.Events.Where(e => e.Date == null).OrderBy(e => e.Title))
            .Take(take - before.Count - after.Count).ToListAsync(ct);
        return Ordered([.. before, .. after, .. undated]);
    }

    /// <summary>One event's list entry, or null when there is no such event.</summary>
    public async Task<EventListItem?> FindAsync(string id, CancellationToken ct) =>
        await Rows(db.Events.Where(e => e.Id == id)).FirstOrDefaultAsync(ct);

    public async Task<IReadOnlyList<string>> EventIdsOfArticleAsync(int articleId, CancellationToken ct) =>
        await db.Articles.AsNoTracking().Where(a => a.Id == articleId).SelectMany(a => a.Events.Select(e => e.Id)).ToListAsync(ct);

    private static IQueryable<EventListItem> Rows(IQueryable<Data.Entities.NewsEvent> events) =>
        events.AsNoTracking().Select(e => new EventListItem(e.Id, e.Title, e.Date, e.ArticleCount, e.OutletCount));

    // The database orders titles by its collation; the page shows them in ordinal order, as before.
    private static List<EventListItem> Ordered(List<EventListItem> page) =>
        page.OrderBy(e => e.Date is null).ThenByDescending(e => e.Date).ThenBy(e => e.Title, StringComparer.Ordinal).ToList();
}
