using System.Runtime.CompilerServices;
using BiasDashboard.Web.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace BiasDashboard.Web.Data;

/// <summary>
/// Keeps the list pages' counts as data: each event's articles and outlets, each outlet's articles, events and mean
/// tone are columns, recounted for exactly the events and outlets a save touched (an article stored or deleted, an
/// article's events set, events merged or deleted), so the events and outlets lists read rows instead of counting
/// the whole store on every page. As a save interceptor it sees every change, whichever code made it. Recounting
/// (not adding one) keeps the numbers right however changes interleave: each recount reads what is committed.
/// Its cost follows the touched events' and outlets' sizes, through their indexes.
/// </summary>
public sealed class CoverageCounts(IServiceScopeFactory scopes) : SaveChangesInterceptor
{
    private readonly ConditionalWeakTable<DbContext, Touched> _pending = [];

    public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is BiasDbContext db)
        {
            _pending.AddOrUpdate(db, await TouchedAsync(db, cancellationToken));
        }

        return result;
    }

    // The app saves asynchronously; a synchronous save (a tool, a test) keeps the counts right the same way.
    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result) =>
        SavingChangesAsync(eventData, result).AsTask().GetAwaiter().GetResult();

    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result) =>
        SavedChangesAsync(eventData, result).AsTask().GetAwaiter().GetResult();

    public override void SaveChangesFailed(DbContextErrorEventData eventData) => SaveChangesFailedAsync(eventData).GetAwaiter().GetResult();

    public override async ValueTask<int> SavedChangesAsync(
        SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is BiasDbContext db && _pending.TryGetValue(db, out var touched))
        {
            _pending.Remove(db);
            if (!touched.IsEmpty)
            {
                await RecountAsync(db, touched, cancellationToken);
            }
        }

        return result;
    }

    public override Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is { } db)
        {
            _pending.Remove(db);
        }

        return Task.CompletedTask;
    }

    /// <summary>Recounts the given events and outlets (the migration's fill and tests use it; saves call it themselves).</summary>
    public static async Task RecountAsync(
        BiasDbContext db, IReadOnlyCollection<string> eventIds, IReadOnlyCollection<int> outletIds, CancellationToken ct)
    {
        if (eventIds.Count > 0)
        {
            await db.Events.Where(e => eventIds.Contains(e.Id)).ExecuteUpdateAsync(s => s
                .SetProperty(e => e.ArticleCount, e => e.Articles.Count)
                .SetProperty(e => e.OutletCount, e => e.Articles.Select(a => a.OutletId).Distinct().Count()), ct);
        }

        if (outletIds.Count > 0)
        {
            await db.Outlets.Where(o => outletIds.Contains(o.Id)).ExecuteUpdateAsync(s => s
                .SetProperty(o => o.ArticleCount, o => o.Articles.Count)
                .SetProperty(o => o.EventCount, o => o.Articles.SelectMany(a => a.Events).Select(e => e.Id).Distinct().Count())
                .SetProperty(o => o.MeanCompound, o => o.Articles.Average(a => (double?)a.MeanCompound)), ct);
        }
    }

    // What a save is about to change: the events and outlets whose counts it moves. Rows the database deletes by
    // cascade (an event's links) are read now, while they still exist.
    private static async Task<Touched> TouchedAsync(BiasDbContext db, CancellationToken ct)
    {
        var touched = new Touched();
        var deletedArticles = new List<int>();
        var deletedEvents = new List<string>();
        foreach (var entry in db.ChangeTracker.Entries())
        {
            switch (entry.Entity)
            {
                case Article article when entry.State == EntityState.Added:
                    touched.AddedArticles.Add(article);
                    break;
                case Article article when entry.State == EntityState.Deleted:
                    deletedArticles.Add(article.Id);
                    touched.Outlets.Add((int)entry.Property(nameof(Article.OutletId)).OriginalValue!);
                    break;
                case Article article when entry.State == EntityState.Modified && entry.Property(nameof(Article.OutletId)).IsModified:
                    touched.Outlets.Add((int)entry.Property(nameof(Article.OutletId)).OriginalValue!);
                    touched.AddedArticles.Add(article);
                    break;
                case NewsEvent newsEvent when entry.State == EntityState.Deleted:
                    deletedEvents.Add(newsEvent.Id);
                    break;
                case Dictionary<string, object> link when entry.Metadata.GetTableName() == EventScope.LinkTable:
                    if (entry.State == EntityState.Added)
                    {
                        touched.AddedLinks.Add(link);
                    }
                    else if (entry.State == EntityState.Deleted)
                    {
                        touched.Events.Add((string)link["EventId"]);
                        touched.LinkedArticles.Add((int)link["ArticleId"]);
                    }

                    break;
            }
        }

        if (deletedArticles.Count > 0 || deletedEvents.Count > 0)
        {
            var links = await db.Set<Dictionary<string, object>>(EventScope.LinkTable).AsNoTracking()
                .Where(l => deletedArticles.Contains(EF.Property<int>(l, "ArticleId")) ||
                    deletedEvents.Contains(EF.Property<string>(l, "EventId")))
                .Select(l => new { EventId = EF.Property<string>(l, "EventId"), ArticleId = EF.Property<int>(l, "ArticleId") })
                .ToListAsync(ct);
            touched.Events.UnionWith(links.Select(l => l.EventId));
            touched.LinkedArticles.UnionWith(links.Select(l => l.ArticleId));
            if (deletedEvents.Count > 0)
            {
                // The event's articles stay, but their outlets lose an event: read those outlets before the links go.
                var articles = links.Select(l => l.ArticleId).Distinct().ToList();
                touched.Outlets.UnionWith(await db.Articles.AsNoTracking().Where(a => articles.Contains(a.Id))
                    .Select(a => a.OutletId).Distinct().ToListAsync(ct));
            }
        }

        return touched;
    }

    private async Task RecountAsync(BiasDbContext db, Touched touched, CancellationToken ct)
    {
        // Keys generated by this save are known now.
        foreach (var article in touched.AddedArticles)
        {
            touched.Outlets.Add(article.OutletId);
            touched.Events.UnionWith(article.Events.Select(e => e.Id));
        }

        foreach (var link in touched.AddedLinks)
        {
            touched.Events.Add((string)link["EventId"]);
            touched.LinkedArticles.Add((int)link["ArticleId"]);
        }

        var linked = touched.LinkedArticles.Except(touched.AddedArticles.Select(a => a.Id)).ToList();
        if (linked.Count > 0)
        {
            touched.Outlets.UnionWith(await db.Articles.AsNoTracking().Where(a => linked.Contains(a.Id))
                .Select(a => a.OutletId).Distinct().ToListAsync(ct));
        }

        if (db.Database.IsRelational())
        {
            await RecountAsync(db, touched.Events, touched.Outlets, ct);
        }
        else
        {
            await RecountInMemoryAsync(touched, ct);
        }
    }

    // The in-memory demo store has no ExecuteUpdate: count in a context of its own and save the numbers.
    private async Task RecountInMemoryAsync(Touched touched, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<BiasDbContext>();
        foreach (var newsEvent in await db.Events.Where(e => touched.Events.Contains(e.Id)).Include(e => e.Articles).ToListAsync(ct))
        {
            newsEvent.ArticleCount = newsEvent.Articles.Count;
            newsEvent.OutletCount = newsEvent.Articles.Select(a => a.OutletId).Distinct().Count();
        }

        foreach (var outlet in await db.Outlets.Where(o => touched.Outlets.Contains(o.Id))
            .Include(o => o.Articles).ThenInclude(a => a.Events).ToListAsync(ct))
        {
            outlet.ArticleCount = outlet.Articles.Count;
            outlet.EventCount = outlet.Articles.SelectMany(a => a.Events).Select(e => e.Id).Distinct().Count();
            outlet.MeanCompound = outlet.Articles.Count == 0 ? null : outlet.Articles.Average(a => a.MeanCompound);
        }

        await db.SaveChangesAsync(ct);
    }

    private sealed class Touched
    {
        public HashSet<string> Events { get; } = new(StringComparer.Ordinal);

        public HashSet<int> Outlets { get; } = [];

        public HashSet<int> LinkedArticles { get; } = [];

        public List<Article> AddedArticles { get; } = [];

        public List<Dictionary<string, object>> AddedLinks { get; } = [];

        public bool IsEmpty =>
            Events.Count == 0 && Outlets.Count == 0 && LinkedArticles.Count == 0 && AddedArticles.Count == 0 && AddedLinks.Count == 0;
    }
}
