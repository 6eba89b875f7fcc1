using System.Collections.Concurrent;
using System.Threading.Channels;
using Microsoft.Extensions.Caching.Memory;

namespace BiasDashboard.Web.Events.Comparison;

/// <summary>
/// Keeps the last good comparison of each event (and tag axis) and has changed ones rebuilt off the request path.
/// Every saved change to an event (<see cref="Operations.ClusterBus.EventsSaved"/>, announced by
/// <see cref="Operations.EventChanges"/>) bumps the event's generation, tag edits and rescoring
/// (<see cref="Operations.ClusterBus.AnalysisChanged"/>) bump everyone's; a comparison remembers the generations it was
/// built from. A request gets the comparison at once: marked <see cref="EventComparisonView.Updating"/> when the event
/// has changed since, while <see cref="ComparisonRebuilder"/> builds the new one. Only the first request for an event
/// this instance has no comparison of yet waits for a build (one build, however many ask at once), because an event page with nothing on it
/// is of no use to a class. The generations are read before the data, so a change landing during a build leaves the
/// result marked as updating and queues the event again: no change is lost. At most 200 comparisons are kept, each
/// for 10 minutes after it was last asked for. Both notices reach every instance through the
/// <see cref="Operations.ClusterBus"/> (Redis), since each instance keeps, and rebuilds, its own.
/// </summary>
public sealed class ComparisonCache
{
    private const string FailureText = "the comparison could not be rebuilt after the latest change (the error is in the server log)";
    private readonly MemoryCache _cache = new(new MemoryCacheOptions { SizeLimit = 200 });
    private readonly ConcurrentDictionary<string, long> _generations = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<Key, Lazy<Task<Entry?>>> _firstBuilds = new();
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

    /// <summary>One comparison: an event and the tag axis its columns are grouped by ("" for one column per outlet).</summary>
    public readonly record struct Key(string EventId, string By);

    /// <summary>The generations of an event and of everything a comparison was built from.</summary>
    private readonly record struct Stamp(long Event, long All)
    {
        public bool NotNewerThan(Stamp other) => Event <= other.Event && All <= other.All;
    }

    private sealed record Entry(EventComparisonView View, Stamp Built, Stamp? Failed);

    /// <summary>
    /// The comparisons waiting to be rebuilt, each once however often it changed; read by <see cref="ComparisonRebuilder"/>.
    /// </summary>
    public ChannelReader<Key> Pending => _queue.Reader;

    /// <summary>
    /// The event's comparison: the current one, or the last good one marked as updating; null when there is no such event.
    /// </summary>
    public async Task<EventComparisonView?> GetAsync(string eventId, string? by, CancellationToken ct)
    {
        var key = new Key(eventId, by?.Trim().ToLowerInvariant() ?? "");
        var entry = _cache.Get<Entry>(key);
        _metrics.ComparisonCache(hit: entry is not null && entry.Built == Current(eventId));
        if (entry is null)
        {
            var first = _firstBuilds.GetOrAdd(key, k => new Lazy<Task<Entry?>>(() => FirstBuildAsync(k)));
            _ = first.Value.ContinueWith(_ => _firstBuilds.TryRemove(KeyValuePair.Create(key, first)), CancellationToken.None,
                TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
            entry = await first.Value.WaitAsync(ct);
        }

        return entry is null ? null : Served(key, entry);
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
            var view = await BuildAsync(key, ct);
            if (view is null)
            {
                _cache.Remove(key); // the event is gone
                return RebuildOutcome.NothingToDo;
            }

            Store(key, new Entry(view with { BuiltAtUtc = _clock.GetUtcNow().UtcDateTime }, stamp, null));
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

    private EventComparisonView Served(Key key, Entry entry)
    {
        var current = Current(key.EventId);
        var updating = entry.Built != current && entry.Failed != current;
        if (updating)
        {
            Queue(key); // usually queued by the change already; this also covers a change that raced a first build
        }

        return entry.View with { Updating = updating, UpdateFailure = entry.Failed is null ? null : FailureText };
    }

    private async Task<Entry?> FirstBuildAsync(Key key)
    {
        await Task.Yield(); // leave GetOrAdd before building
        var stamp = Current(key.EventId);
        var view = await BuildAsync(key, CancellationToken.None); // shared by every request waiting for it; each may stop waiting
        if (view is null)
        {
            return null;
        }

        var entry = new Entry(view with { BuiltAtUtc = _clock.GetUtcNow().UtcDateTime }, stamp, null);
        Store(key, entry);
        return _cache.Get<Entry>(key) ?? entry;
    }

    private async Task<EventComparisonView?> BuildAsync(Key key, CancellationToken ct)
    {
        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        await using var scope = _scopes.CreateAsyncScope();
        var builder = scope.ServiceProvider.GetRequiredService<IComparisonBuilder>();
        var view = await builder.BuildAsync(key.EventId, key.By.Length == 0 ? null : key.By, ct);
        _metrics.ComparisonBuilt(System.Diagnostics.Stopwatch.GetElapsedTime(started));
        return view;
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

/// <summary>What a background rebuild came to.</summary>
public enum RebuildOutcome
{
    /// <summary>Already current, no longer cached, or the event is gone.</summary>
    NothingToDo,

    /// <summary>A current comparison is stored: tell the watchers.</summary>
    Ready,

    /// <summary>Stored, but the event changed during the build; it is queued again.</summary>
    ChangedMeanwhile,

    /// <summary>The build failed; the last good comparison stays, marked with the failure.</summary>
    Failed,
}
