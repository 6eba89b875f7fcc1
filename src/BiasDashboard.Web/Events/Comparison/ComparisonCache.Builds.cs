namespace BiasDashboard.Web.Events.Comparison;

/// <summary>How <see cref="ComparisonCache"/> builds a comparison or dashboard: once per key and stamp, shared.</summary>
public sealed partial class ComparisonCache
{
    // One build per key and stamp at a time, shared by whoever asks meanwhile: first requests (five at once make one
    // build), the rebuilder, and the push after a change (AfterChangeAsync). Not cancelled by any one of them.
    private Task<Entry?> SharedBuildAsync(Key key, Stamp stamp)
    {
        lock (_building)
        {
            if (_building.TryGetValue(key, out var running) && running.Stamp == stamp)
            {
                return running.Build;
            }

            var build = Task.Run(() => BuildAsync(key, stamp, CancellationToken.None));
            _building[key] = (stamp, build);
            _ = build.ContinueWith(_ =>
            {
                lock (_building)
                {
                    if (_building.TryGetValue(key, out var done) && done.Build == build)
                    {
                        _building.Remove(key);
                    }
                }
            }, CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
            return build;
        }
    }

    // `stamp` is read before the data, so a change that lands during the build leaves the result marked as updating.
    private async Task<Entry?> BuildAsync(Key key, Stamp stamp, CancellationToken ct)
    {
        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        await using var scope = _scopes.CreateAsyncScope();
        var by = key.By.Length == 0 ? null : key.By;
        Entry? entry;
        if (key.Part == ComparisonPart.Dashboard)
        {
            var dashboard = await scope.ServiceProvider.GetRequiredService<Dashboard.EventDashboardQuery>().BuildAsync(key.EventId, ct, by);
            entry = dashboard is null ? null : new Entry(null, dashboard, stamp, null);
        }
        else
        {
            var view = await scope.ServiceProvider.GetRequiredService<IComparisonBuilder>().BuildAsync(key.EventId, by, ct);
            entry = view is null ? null : new Entry(view with { BuiltAtUtc = _clock.GetUtcNow().UtcDateTime }, null, stamp, null);
        }

        _metrics.ComparisonBuilt(System.Diagnostics.Stopwatch.GetElapsedTime(started), PartName(key.Part));
        return entry;
    }
}
