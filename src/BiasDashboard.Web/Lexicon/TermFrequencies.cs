using BiasDashboard.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace BiasDashboard.Web.Lexicon;

/// <summary>How often one term fires across the store: matches, articles, and in how many outlets it is in most articles.</summary>
public sealed record TermFrequency(string Category, string Term, int Matches, int Articles, int OutletsWhereCommon)
{
    /// <summary>
    /// True when the term is in most articles of every outlet (with at least two outlets): it tells outlets apart little.
    /// </summary>
    public bool Everywhere { get; init; }
}

/// <summary>Per-term frequencies over the stored articles' category matches (contested terms are not counted here).</summary>
public sealed class TermFrequencies(BiasDbContext db)
{
    public async Task<(IReadOnlyDictionary<(string Category, string Term), TermFrequency> Terms, int Articles)> ComputeAsync(
        CancellationToken ct)
    {
        var perOutlet = await db.Articles.GroupBy(a => a.OutletId).Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(x => x.Key, x => x.Count, ct);
        var rows = await (from m in db.FramingMatches
                          where m.Option == null
                          join a in db.Articles on m.ArticleId equals a.Id
                          group m by new { m.Category, m.Term, a.OutletId } into g
                          select new
                          {
                              g.Key.Category,
                              g.Key.Term,
                              g.Key.OutletId,
                              Matches = g.Count(),
                              Articles = g.Select(x => x.ArticleId).Distinct().Count()
                          })
            .ToListAsync(ct);
        var terms = rows.GroupBy(r => (r.Category, r.Term)).ToDictionary(g => g.Key, g =>
        {
            var common = g.Count(r => perOutlet.TryGetValue(r.OutletId, out var n) && n > 0 && 2 * r.Articles > n);
            return new TermFrequency(g.Key.Category, g.Key.Term, g.Sum(r => r.Matches), g.Sum(r => r.Articles), common)
            {
                Everywhere = perOutlet.Count >= 2 && common == perOutlet.Count,
            };
        });
        return (terms, perOutlet.Values.Sum());
    }
}
