using System.Threading.Channels;
using BiasDashboard.Analysis.Text;
using BiasDashboard.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace BiasDashboard.Web.Lexicon;

/// <summary>
/// Rescores stored articles whose framing was computed with another lexicon version, in the background (never on a
/// request thread). Each batch is one SaveChanges, and an article's rows and version stamp change together, so no
/// article ever holds a mix of versions. It runs at start too, so a job cut off by a crash resumes on the next start.
/// With several instances, the newest stored lexicon is loaded before each pass, only the holder of the "rescore"
/// lease works (so each article is rescored once), and every instance looks again every
/// <c>Operations:BackgroundCheckSeconds</c>, so the work resumes elsewhere when its holder dies. After each batch it
/// raises <see cref="Operations.ClusterBus.AnalysisChanged"/> (comparisons everywhere are rebuilt) and tells its
/// <see cref="IRescoreListener"/>s how far it is (the dashboard pushes that to open pages).
/// </summary>
public sealed class FramingRescorer(
    IServiceScopeFactory scopes, ActiveLexicon active, IEnumerable<IRescoreListener> listeners,
    ILogger<FramingRescorer> logger, Operations.LeaseService leases, Operations.ClusterBus bus, Operations.BiasMetrics metrics,
    Microsoft.Extensions.Options.IOptions<Operations.OperationsOptions> options)
    : BackgroundService
{
    private const string LeaseName = "rescore";
    private const string LexiconMessage = "lexicon-saved";

    private const int BatchSize = 50;
    private readonly Channel<bool> _requests =
        Channel.CreateBounded<bool>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite });

    /// <summary>Asks for a rescoring pass; several requests while one is pending make one pass.</summary>
    /// <param name="lexiconSaved">A lexicon was just saved here: the other instances load it and look too.</param>
    public void Request(bool lexiconSaved = false)
    {
        if (lexiconSaved)
        {
            bus.Publish(LexiconMessage, "");
        }

        _requests.Writer.TryWrite(true);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        bus.On(LexiconMessage, _ => _requests.Writer.TryWrite(true));
        _ = LookAgainPeriodicallyAsync(stoppingToken);
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

    private async Task LookAgainPeriodicallyAsync(CancellationToken ct)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(Math.Max(1, options.Value.BackgroundCheckSeconds)));
        try
        {
            while (await timer.WaitForNextTickAsync(ct))
            {
                _requests.Writer.TryWrite(true);
            }
        }
        catch (OperationCanceledException)
        {
            // stopping
        }
    }

    private async Task RescoreStaleAsync(CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<BiasDbContext>();
        if (await db.Lexicons.AsNoTracking().OrderByDescending(l => l.UpdatedAtUtc).FirstOrDefaultAsync(ct) is { } newest &&
            (newest.Id != active.Lexicon.Id || newest.Version != active.Lexicon.Version))
        {
            active.Set(Analysis.Framing.FramingLexicon.Parse(newest.Json)); // saved on another instance
        }

        var lexicon = active.Lexicon;
        var stale = db.Articles.Where(a => a.LexiconId != lexicon.Id || a.LexiconVersion != lexicon.Version);
        // Counted as all minus current, both read from indexes (IX_Articles_LexiconId_LexiconVersion): this runs on every
        // instance every few seconds, and "!=" would read every stored article's row each time.
        var total = await db.Articles.CountAsync(ct) -
            await db.Articles.CountAsync(a => a.LexiconId == lexicon.Id && a.LexiconVersion == lexicon.Version, ct);
        if (total == 0 || !await leases.TryAcquireAsync(LeaseName, ct))
        {
            return; // nothing to do, or another instance is doing it
        }

        try
        {
            await RescoreAsync(db, lexicon, stale, total, ct);
        }
        finally
        {
            await leases.ReleaseAsync(LeaseName, CancellationToken.None);
        }
    }

    private async Task RescoreAsync(
        BiasDbContext db, Analysis.Framing.FramingLexicon lexicon, IQueryable<Data.Entities.Article> stale, int total, CancellationToken ct)
    {
        var done = 0;
        while (active.Lexicon == lexicon && await leases.TryAcquireAsync(LeaseName, ct) &&
               await stale.OrderBy(a => a.Id).Take(BatchSize).Include(a => a.FramingMatches).ToListAsync(ct) is { Count: > 0 } batch)
        {
            foreach (var article in batch)
            {
                article.ApplyFraming(active.Framing.Analyze(article.Body, QuoteFinder.Find(article.Body)));
            }

            await db.SaveChangesAsync(ct);
            metrics.Rescored(batch.Count);
            bus.Publish(Operations.ClusterBus.AnalysisChanged, ""); // comparisons everywhere are rebuilt
            db.ChangeTracker.Clear();
            done += batch.Count;
            var status = new RescoreStatus(Math.Min(done, total), total, lexicon.Id, lexicon.Version);
            foreach (var listener in listeners)
            {
                await listener.RescoreProgressAsync(status, ct);
            }
        }

        if (active.Lexicon != lexicon)
        {
            Request(); // the lexicon changed mid-way: start over with the new one
        }

        logger.LogInformation("Rescored {Count} articles with lexicon {Lexicon} v{Version}", done, lexicon.Id, lexicon.Version);
    }
}
