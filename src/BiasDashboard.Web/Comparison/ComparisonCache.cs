using System.Collections.Concurrent;
using Microsoft.Extensions.Caching.Memory;

namespace BiasDashboard.Web.Comparison;

/// <summary>
/// Keeps built comparisons until their event changes: every change that reaches <see cref="Dashboard.DashboardNotifier"/>
/// bumps the event's generation, tag edits and rescoring bump everyone's, and the generation is part of the key. The
/// generation is read before the data, so a comparison built while a change lands is stored under the old key and
/// never served after it. At most 200 comparisons are kept.
/// </summary>
public sealed class ComparisonCache
{
    private readonly MemoryCache _cache = new(new MemoryCacheOptions { SizeLimit = 200 });
    private readonly ConcurrentDictionary<string, long> _generations = new(StringComparer.Ordinal);
    private long _all;

    public async Task<EventComparisonView?> GetOrBuildAsync(string eventId, string? by, Func<Task<EventComparisonView?>> build)
    {
        var key = $"{_generations.GetValueOrDefault(eventId)}|{Interlocked.Read(ref _all)}|{by?.ToLowerInvariant()}|{eventId}";
        if (_cache.TryGetValue(key, out EventComparisonView? cached))
        {
            return cached;
        }

        var built = await build();
        if (built is not null)
        {
            _cache.Set(key, built, new MemoryCacheEntryOptions { Size = 1, SlidingExpiration = TimeSpan.FromMinutes(10) });
        }

        return built;
    }

    public void Invalidate(IEnumerable<string> eventIds)
    {
        foreach (var id in eventIds)
        {
            _generations.AddOrUpdate(id, 1, (_, g) => g + 1);
        }
    }

    public void InvalidateAll() => Interlocked.Increment(ref _all);
}
