using System.Collections.Concurrent;
using System.Threading.Channels;
using Microsoft.Extensions.Caching.Memory;

namespace BiasDashboard.Web.Events.Comparison;

/// <summary>
/// Keeps the last good comparison of each event (and tag axis), and the last good dashboard part that
/// <c>GET /api/events/{id}/comparison</c> and the dashboard page serve with it, and has changed ones rebuilt off the
/// request path: a read costs the same whatever the size of the event.
/// Every saved change to an event (<see cref="Operations.ClusterBus.EventsSaved"/>, announced by
/// <see cref="Operations.EventChanges"/>) bumps the event's generation, tag edits and rescoring
/// (<see cref="Operations.ClusterBus.AnalysisChanged"/>) bump everyone's; a comparison remembers the generations it was
/// built from. A request gets the comparison at once: marked <see cref="EventComparisonView.Updating"/> when the event
/// has changed since, while <see cref="ComparisonRebuilder"/> builds the new one. Only the first request for an event
/// this instance has no comparison of yet waits for a build (one build, however many ask at once), because an event
/// page with nothing on it is of no use to a class. The generations are read before the data, so a change landing during a build leaves the
/// result marked as updating and queues the event again: no change is lost. At most 200 comparisons are kept, each
/// for 10 minutes after it was last asked for. Both notices reach every instance through the
/// <see cref="Operations.ClusterBus"/> (Redis), since each instance keeps, and rebuilds, its own.
/// </summary>
public sealed partial class ComparisonCache : Dashboard.IPushedDashboards
{
    private const string FailureText = "the comparison could not be rebuilt after the latest change (the error is in the server log)";
    private readonly MemoryCache _cache = new(new MemoryCacheOptions { SizeLimit = 200 });
    private readonly ConcurrentDictionary<string, long> _generations = new(StringComparer.Ordinal);
    private readonly Dictionary<Key, (Stamp Stamp, Task<Entry?> Build)> _building = [];
    private readonly ConcurrentDictionary<Key, bool> _queued = new();
    private readonly Channel<Key> _queue = Channel.CreateUnbounded<Key>(new UnboundedChannelOptions { SingleReader = true });
    private readonly Lock _storing = new();
    private readonly Operations.BiasMetrics _metrics;
    private readonly IServiceScopeFactory _scopes;
    private readonly TimeProvider _clock;
    private readonly ILogger<ComparisonCache> _logger;
    private long _all;

    public ComparisonCache(
        Operations.ClusterBus bus, Operations.BiasMetrics metrics, IServiceScopeFactory scopes, TimeProvider clock,
        ILogger<ComparisonCache> logger)
    {
        _metrics = metrics;
        _scopes = scopes;
        _clock = clock;
        _logger = logger;
        bus.On(Operations.ClusterBus.EventsSaved, ids => InvalidateHere(ids.Split('\n')));
        bus.On(Operations.ClusterBus.AnalysisChanged, _ =>
        {
            Interlocked.Increment(ref _all);
            QueueWhere(_ => true);
        });
    }

    /// <summary>
    /// One comparison or dashboard: an event, the tag axis its columns are grouped by ("" for one column per outlet),
    /// and which of the two. They are kept apart because the dashboard is a fraction of a comparison's cost and many
    /// more pages show it: a dashboard nobody compares never pays for a comparison.
    /// </summary>
    public readonly record struct Key(string EventId, string By, ComparisonPart Part = ComparisonPart.Comparison);

    /// <summary>The generations of an event and of everything a comparison was built from.</summary>
    public readonly record struct Stamp(long Event, long All)
    {
        public bool NotNewerThan(Stamp other) => Event <= other.Event && All <= other.All;
    }

    /// <summary>A built comparison (<see cref="View"/>) or dashboard part (<see cref="Dashboard"/>).</summary>
    private sealed record Entry(EventComparisonView? View, Dashboard.EventDashboard? Dashboard, Stamp Built, Stamp? Failed);

    /// <summary>
    /// The comparisons waiting to be rebuilt, each once however often it changed; read by <see cref="ComparisonRebuilder"/>.
    /// </summary>
    public ChannelReader<Key> Pending => _queue.Reader;

    /// <summary>
    /// The event's comparison: the current one, or the last good one marked as updating; null when there is no such event.
    /// </summary>
    public async Task<EventComparisonView?> GetAsync(string eventId, string? by, CancellationToken ct) =>
        (await GetAsync(KeyOf(eventId, by, ComparisonPart.Comparison), ct))?.View;

    /// <summary>
    /// The event's dashboard (grouped <paramref name="by"/> a tag axis): the current one, or the last good one marked
    /// <see cref="Dashboard.EventDashboard.Updating"/>, keeping the <see cref="Dashboard.EventDashboard.Version"/> it was
    /// built with, so a page that already shows a newer push ignores it; null when there is no such event.
    /// </summary>
    public async Task<Dashboard.EventDashboard?> GetDashboardAsync(string eventId, string? by, CancellationToken ct) =>
        (await GetAsync(KeyOf(eventId, by, ComparisonPart.Dashboard), ct))?.Dashboard;

    /// <summary>
    /// The event's dashboard (one column per outlet) built from the data as it is now, for the push after a change
    /// (announced with <see cref="Operations.ClusterBus.EventsSaved"/> first, so the generations are already new). The
    /// build is shared with the background rebuild of the same dashboard, and kept when the dashboard is in the cache,
    /// so a change costs one dashboard build however many pages and APIs show it, and this instance serves the new one
    /// as soon as the change's request has answered.
    /// </summary>
    public async Task<Dashboard.EventDashboard?> AfterChangeAsync(string eventId, CancellationToken ct)
    {
        var key = KeyOf(eventId, null, ComparisonPart.Dashboard);
        var entry = await SharedBuildAsync(key, Current(eventId)).WaitAsync(ct);
        if (entry is null)
        {
            foreach (var gone in _cache.Keys.OfType<Key>().Where(k => k.EventId == eventId))
            {
                _cache.Remove(gone); // deleted or merged away: no longer served here, rather than served as updating
            }
        }
        else if (_cache.Get<Entry>(key) is not null) // only one someone reads; the others would crowd the cache
        {
            Store(key, entry);
        }

        return entry?.Dashboard;
    }

    private static string PartName(ComparisonPart part) => part == ComparisonPart.Dashboard ? "dashboard" : "comparison";

    private static Key KeyOf(string eventId, string? by, ComparisonPart part) => new(eventId, by?.Trim().ToLowerInvariant() ?? "", part);

    private async Task<Entry?> GetAsync(Key key, CancellationToken ct)
    {
        var entry = _cache.Get<Entry>(key);
        _metrics.ComparisonCache(hit: entry is not null && entry.Built == Current(key.EventId), PartName(key.Part));
        if (entry is null)
        {
            var built = await SharedBuildAsync(key, Current(key.EventId)).WaitAsync(ct);
            if (built is null)
            {
                return null;
            }

            Store(key, built);
            entry = _cache.Get<Entry>(key) ?? built;
        }

        return Served(key, entry);
    }

    /// <summary>
    /// Builds <paramref name="key"/> again unless it is current; keeps the last good one when the build fails.
    /// Returns whether watchers should be told: a current comparison is ready, or the rebuild failed.
    /// </summary>
    public async Task<RebuildOutcome> RebuildAsync(Key key, CancellationToken ct)
    {
        _queued.TryRemove(key, out _); // from here on a change queues it again
        var stamp = Current(key.EventId);
        var before = _cache.Get<Entry>(key);
        if (before is null || before.Built == stamp)
        {
            return RebuildOutcome.NothingToDo; // dropped from the cache since, or built meanwhile by a first request
        }

        try
        {
            var built = await SharedBuildAsync(key, stamp).WaitAsync(ct);
            if (built is null)
            {
                _cache.Remove(key); // the event is gone
                return RebuildOutcome.NothingToDo;
            }

            Store(key, built);
            return stamp == Current(key.EventId) ? RebuildOutcome.Ready : RebuildOutcome.ChangedMeanwhile;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            _logger.LogError(e, "The comparison of event {EventId} (by '{By}') could not be rebuilt; the last good one is served",
                key.EventId, key.By);
            _metrics.ComparisonRebuildFailed();
            lock (_storing)
            {
                if (_cache.Get<Entry>(key) is { } last && last.Built == before.Built)
                {
                    Set(key, last with { Failed = stamp });
                }
            }

            return RebuildOutcome.Failed;
        }
    }

    private Entry Served(Key key, Entry entry)
    {
        var current = Current(key.EventId);
        var updating = entry.Built != current && entry.Failed != current;
        if (updating)
        {
            Queue(key); // usually queued by the change already; this also covers a change that raced a first build
        }

        var failure = entry.Failed is null ? null : FailureText;
        return entry with
        {
            View = entry.View is null ? null : entry.View with { Updating = updating, UpdateFailure = failure },
            Dashboard = entry.Dashboard is null ? null : entry.Dashboard with { Updating = updating },
        };
    }

    // A slower build from older data never replaces a newer one.
    private void Store(Key key, Entry entry)
    {
        lock (_storing)
        {
            if (_cache.Get<Entry>(key) is not { } kept || kept.Built.NotNewerThan(entry.Built))
            {
                Set(key, entry);
            }
        }
    }

    private void Set(Key key, Entry entry) =>
        _cache.Set(key, entry, new MemoryCacheEntryOptions { Size = 1, SlidingExpiration = TimeSpan.FromMinutes(10) });

    private Stamp Current(string eventId) => new(_generations.GetValueOrDefault(eventId), Interlocked.Read(ref _all));

    private void InvalidateHere(IEnumerable<string> eventIds)
    {
        var changed = eventIds.Where(id => id.Length > 0).ToHashSet(StringComparer.Ordinal);
        foreach (var id in changed)
        {
            _generations.AddOrUpdate(id, 1, (_, g) => g + 1);
        }

        QueueWhere(key => changed.Contains(key.EventId));
    }

    private void QueueWhere(Func<Key, bool> changed)
    {
        foreach (var key in _cache.Keys.OfType<Key>().Where(changed))
        {
            Queue(key);
        }
    }

    private void Queue(Key key)
    {
        if (_queued.TryAdd(key, true))
        {
            _queue.Writer.TryWrite(key);
        }
    }
}
