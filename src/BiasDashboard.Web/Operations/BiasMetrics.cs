using System.Diagnostics.Metrics;

namespace BiasDashboard.Web.Operations;

/// <summary>
/// The dashboard's own metrics (meter <c>BiasDashboard</c>), exported with ASP.NET Core's request latency at
/// <c>/metrics</c> in Prometheus' format: articles uploaded, live pushes sent, articles rescored, and the
/// comparison cache's hits, misses, build time and failed background rebuilds.
/// </summary>
public sealed class BiasMetrics
{
    public const string MeterName = "BiasDashboard";

    private readonly Counter<long> _uploads;
    private readonly Counter<long> _pushes;
    private readonly Counter<long> _rescored;
    private readonly Counter<long> _cacheHits;
    private readonly Counter<long> _cacheMisses;
    private readonly Histogram<double> _comparisonBuild;
    private readonly Counter<long> _rebuildFailures;

    public BiasMetrics(IMeterFactory meters)
    {
        var meter = meters.Create(MeterName);
        _uploads = meter.CreateCounter<long>("biasdashboard.articles.uploaded", "{article}", "Articles stored by uploads");
        _pushes = meter.CreateCounter<long>("biasdashboard.pushes", "{push}", "Live updates sent to hub groups or all clients");
        _rescored = meter.CreateCounter<long>(
            "biasdashboard.articles.rescored", "{article}", "Articles rescored with a new lexicon by this instance");
        _cacheHits = meter.CreateCounter<long>(
            "biasdashboard.comparison.cache.hits", "{request}", "Comparisons and dashboards served from the cache (tag part)");
        _cacheMisses = meter.CreateCounter<long>(
            "biasdashboard.comparison.cache.misses", "{request}", "Comparisons and dashboards that had to be built (tag part)");
        _comparisonBuild = meter.CreateHistogram<double>(
            "biasdashboard.comparison.build.duration", "s", "Time to build one event comparison or dashboard");
        _rebuildFailures = meter.CreateCounter<long>(
            "biasdashboard.comparison.rebuild.failures", "{rebuild}", "Background comparison rebuilds that failed");
    }

    public void Uploaded(int articles) => _uploads.Add(articles);

    public void Pushed(string kind) => _pushes.Add(1, new KeyValuePair<string, object?>("kind", kind));

    public void Rescored(int articles) => _rescored.Add(articles);

    /// <summary>A cached <paramref name="part"/> ("comparison" or "dashboard") asked for: current in the cache (a hit), or not.</summary>
    public void ComparisonCache(bool hit, string part) =>
        (hit ? _cacheHits : _cacheMisses).Add(1, new KeyValuePair<string, object?>("part", part));

    public void ComparisonBuilt(TimeSpan took, string part) =>
        _comparisonBuild.Record(took.TotalSeconds, new KeyValuePair<string, object?>("part", part));

    public void ComparisonRebuildFailed() => _rebuildFailures.Add(1);
}
