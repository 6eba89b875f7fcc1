using BiasDashboard.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace BiasDashboard.Web.Events;

/// <summary>Lists of events, for the API, the list pages and the pickers.</summary>
public sealed class EventListQuery(BiasDbContext db)
{
    public async Task<IReadOnlyList<EventListItem>> EventsAsync(CancellationToken ct) =>
        (await db.Events.AsNoTracking()
            .Select(e => new EventListItem(e.Id, e.Title, e.Date, e.Articles.Count, e.Articles.Select(a => a.OutletId).Distinct().Count()))
            .ToListAsync(ct))
        .OrderByDescending(e => e.Date).ThenBy(e => e.Title, StringComparer.Ordinal).ToList();

    public async Task<IReadOnlyList<string>> EventIdsOfArticleAsync(int articleId, CancellationToken ct) =>
        await db.Articles.AsNoTracking().Where(a => a.Id == articleId).SelectMany(a => a.Events.Select(e => e.Id)).ToListAsync(ct);
}
