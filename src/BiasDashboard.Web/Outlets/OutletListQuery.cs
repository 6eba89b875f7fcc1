using BiasDashboard.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace BiasDashboard.Web.Outlets;

/// <summary>
/// Lists of outlets, for the API, the list pages and the pickers, with the counts and mean tone kept on the rows
/// (<see cref="CoverageCounts"/>), so the list costs the number of outlets, not the articles stored.
/// </summary>
public sealed class OutletListQuery(BiasDbContext db)
{
    public async Task<IReadOnlyList<OutletListItem>> OutletsAsync(CancellationToken ct) =>
        (await db.Outlets.AsNoTracking()
            .Select(o => new
            {
                o.Id,
                o.Name,
                o.ArticleCount,
                o.EventCount,
                o.MeanCompound,
                Tags = o.Tags.Select(t => new { t.Axis, t.Value }).ToList(),
            })
            .ToListAsync(ct))
        .Select(o => new OutletListItem(o.Id, o.Name, o.ArticleCount, o.EventCount, o.MeanCompound,
            o.Tags.OrderBy(t => t.Axis, StringComparer.OrdinalIgnoreCase)
                .ToDictionary(t => t.Axis, t => t.Value, StringComparer.OrdinalIgnoreCase)))
        .OrderBy(o => o.Name, StringComparer.OrdinalIgnoreCase).ToList();

    public async Task<IReadOnlyList<string>> TagAxesAsync(CancellationToken ct) => (await OutletGrouping.LoadAsync(db, null, [], ct)).Axes;
}
