using BiasDashboard.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace BiasDashboard.Web.Events;

/// <summary>
/// Counts the event matcher's terms (<see cref="StoredTerms"/>) for articles stored before they were kept, or kept
/// under an older <see cref="StoredTerms.Version"/>, in the background after start. It walks the articles once in id
/// order, a batch per SaveChanges, so it is linear in the store and resumes where it stopped after a restart (the
/// articles still without terms are exactly the ones left). With several instances only the holder of the
/// "match-terms" lease works; the others look again every <c>Operations:BackgroundCheckSeconds</c> until none are left.
/// Until an article has its terms, the planner counts them from its body, so nothing waits for this.
/// </summary>
public sealed class MatchTermsBackfill(
    IServiceScopeFactory scopes, Operations.LeaseService leases, ILogger<MatchTermsBackfill> logger,
    Microsoft.Extensions.Options.IOptions<Operations.OperationsOptions> options) : BackgroundService
{
    private const string LeaseName = "match-terms";
    private const int BatchSize = 200;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            while (!await RunOnceAsync(stoppingToken))
            {
                await Task.Delay(TimeSpan.FromSeconds(Math.Max(1, options.Value.BackgroundCheckSeconds)), stoppingToken);
            }
        }
        catch (OperationCanceledException)
        {
            // stopping; the next start resumes
        }
        catch (Exception e)
        {
            logger.LogError(e, "Counting stored articles' matcher terms stopped; it resumes on the next start");
        }
    }

    /// <summary>Fills every missing row; false when another instance holds the lease (look again later).</summary>
    public async Task<bool> RunOnceAsync(CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<BiasDbContext>();
        if (!await Missing(db, 0).AnyAsync(ct) && !await db.ArticleMatchTerms.AnyAsync(t => t.Version != StoredTerms.Version, ct))
        {
            return true;
        }

        if (!await leases.TryAcquireAsync(LeaseName, ct))
        {
            return false;
        }

        try
        {
            await db.ArticleMatchTerms.Where(t => t.Version != StoredTerms.Version).ExecuteDeleteAsync(ct);
            var (last, done) = (0, 0);
            while (await leases.TryAcquireAsync(LeaseName, ct) &&
                   await Missing(db, last).OrderBy(a => a.Id).Take(BatchSize).Select(a => new { a.Id, a.Title, a.Body })
                       .ToListAsync(ct) is { Count: > 0 } batch)
            {
                db.ArticleMatchTerms.AddRange(batch.Select(a =>
                {
                    var row = StoredTerms.For(a.Title, a.Body);
                    row.ArticleId = a.Id;
                    return row;
                }));
                await SaveSkippingDeletedAsync(db, ct);
                (last, done) = (batch[^1].Id, done + batch.Count);
            }

            logger.LogInformation("Counted the matcher terms of {Count} stored articles", done);
            return !await Missing(db, 0).AnyAsync(ct);
        }
        finally
        {
            await leases.ReleaseAsync(LeaseName, CancellationToken.None);
        }
    }

    private static IQueryable<Data.Entities.Article> Missing(BiasDbContext db, int after) =>
        db.Articles.Where(a => a.Id > after && a.MatchTerms == null);

    // An article deleted between the read and the save fails its foreign key: save the rest one by one.
    private static async Task SaveSkippingDeletedAsync(BiasDbContext db, CancellationToken ct)
    {
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            var rows = db.ChangeTracker.Entries<Data.Entities.ArticleMatchTerms>().Where(e => e.State == EntityState.Added)
                .Select(e => e.Entity).ToList();
            db.ChangeTracker.Clear();
            foreach (var row in rows)
            {
                db.ArticleMatchTerms.Add(row);
                try
                {
                    await db.SaveChangesAsync(ct);
                }
                catch (DbUpdateException)
                {
                    // deleted meanwhile, or stored with its terms by an upload
                }

                db.ChangeTracker.Clear();
            }
        }

        db.ChangeTracker.Clear();
    }
}
