using System.Collections.Concurrent;
using Microsoft.Extensions.Caching.Memory;

namespace BiasDashboard.Web.Events.Comparison;

/// <summary>
/// Keeps built comparisons until their event changes: every change that reaches <see cref="Dashboard.DashboardNotifier"/>
/// bumps the event's generation, tag edits and rescoring bump everyone's, and the generation is part of the key. The
/// generation is read before the data, so a comparison built while a change lands is stored under the old key and
/// never served after it. At most 200 comparisons are kept. Invalidations reach every instance through the
/// <see cref="Operations.ClusterBus"/> (Redis), since each instance keeps its own cache.
/// </summary>
public sealed class ComparisonCache
{
    private const string EventsMessage = "comparison-invalidate";
    private const string AllMessage = "comparison-invalidate-all";
    private readonly MemoryCache _cache = new(new MemoryCacheOptions { SizeLimit = 200 });
    private readonly ConcurrentDictionary<string, long> _generations = new(StringComparer.Ordinal);
    private readonly Operations.ClusterBus _bus;
    private readonly Operations.BiasMetrics _metrics;
    private long _all;

    public ComparisonCache(Operations.ClusterBus bus, Operations.BiasMetrics metrics)
    {
        _bus = bus;
        _metrics = metrics;
        bus.On(EventsMessage, ids => InvalidateHere(ids.Split('\n')));
        bus.On(AllMessage, _ => Interlocked.Increment(ref _all));
    }

    public async Task<EventComparisonView?> GetOrBuildAsync(string eventId, string? by, Func<Task<EventComparisonView?>> build)
    {
        var key = $"{_generations.GetValueOrDefault(eventId)}|{Interlocked.Read(ref _all)}|{by?.ToLowerInvariant()}|{eventId}";
        if (_cache.TryGetValue(key, out EventComparisonView? cached))
        {
            _metrics.ComparisonCache(hit: true);
            return cached;
        }

        _metrics.ComparisonCache(hit: false);
        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        var built = await build();
        _metrics.ComparisonBuilt(System.Diagnostics.Stopwatch.GetElapsedTime(started));
        if (built is not null)
        {
            _cache.Set(key, built, new MemoryCacheEntryOptions { Size = 1, SlidingExpiration = TimeSpan.FromMinutes(10) });
        }

        return built;
    }

    public void Invalidate(IEnumerable<string> eventIds) => _bus.Publish(EventsMessage, string.Join('\n', eventIds));

    public void InvalidateAll() => _bus.Publish(AllMessage, "");

    private void InvalidateHere(IEnumerable<string> eventIds)
    {
        foreach (var id in eventIds.Where(id => id.Length > 0))
        {
            _generations.AddOrUpdate(id, 1, (_, g) => g + 1);
        }
    }
}
