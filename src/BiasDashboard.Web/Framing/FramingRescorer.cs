using System.Threading.Channels;
using BiasDashboard.Analysis.Text;
using BiasDashboard.Web.Dashboard;
using BiasDashboard.Web.Data;
using Microsoft.AspNetCore.SignalR;
using Microsoft.EntityFrameworkCore;

namespace BiasDashboard.Web.Framing;

/// <summary>
/// Rescores stored articles whose framing was computed with another lexicon version, in the background (never on a
/// request thread). Each batch is one SaveChanges, and an article's rows and version stamp change together, so no
/// article ever holds a mix of versions. It runs at start too, so a job cut off by a crash resumes on the next start.
/// </summary>
public sealed class FramingRescorer(
    IServiceScopeFactory scopes, ActiveLexicon active, IHubContext<DashboardHub, IDashboardClient> hub, Comparison.ComparisonCache comparisons,
    ILogger<FramingRescorer> logger)
    : BackgroundService
{
    private const int BatchSize = 50;
    private readonly Channel<bool> _requests = Channel.CreateBounded<bool>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite });

    /// <summary>Asks for a rescoring pass; several requests while one is pending make one pass.</summary>
    public void Request() => _requests.Writer.TryWrite(true);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        Request();
        await foreach (var _ in _requests.Reader.ReadAllAsync(stoppingToken))
        {
            try
            {
                await RescoreStaleAsync(stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogError(e, "Rescoring stopped; it resumes on the next request or start");
            }
        }
    }

    private async Task RescoreStaleAsync(CancellationToken ct)
    {
        var lexicon = active.Lexicon;
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<BiasDbContext>();
        var stale = db.Articles.Where(a => a.LexiconId != lexicon.Id || a.LexiconVersion != lexicon.Version);
        var total = await stale.CountAsync(ct);
        if (total == 0)
        {
            return;
        }

        var done = 0;
        while (active.Lexicon == lexicon && await stale.OrderBy(a => a.Id).Take(BatchSize).Include(a => a.FramingMatches).ToListAsync(ct) is { Count: > 0 } batch)
        {
            foreach (var article in batch)
            {
                article.ApplyFraming(active.Framing.Analyze(article.Body, QuoteFinder.Find(article.Body)));
            }

            await db.SaveChangesAsync(ct);
            comparisons.InvalidateAll();
            db.ChangeTracker.Clear();
            done += batch.Count;
            await hub.Clients.All.RescoreProgress(new RescoreStatus(Math.Min(done, total), total, lexicon.Id, lexicon.Version));
        }

        if (active.Lexicon != lexicon)
        {
            Request(); // the lexicon changed mid-way: start over with the new one
        }

        logger.LogInformation("Rescored {Count} articles with lexicon {Lexicon} v{Version}", done, lexicon.Id, lexicon.Version);
    }
}
