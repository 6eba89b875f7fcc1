#if BASELINE_ANALYSIS
extern alias Baseline;

using BenchmarkDotNet.Attributes;
using BiasDashboard.Analysis.Comparison;
using Before = Baseline::BiasDashboard.Analysis.Comparison;

namespace BiasDashboard.Benchmarks;

/// <summary>
/// The same-event comparison by this tree's <see cref="EventComparer"/> beside the one of an earlier commit, built by
/// <c>scripts/build-baseline.sh REV</c> and referenced with <c>-p:BaselineAnalysis=PATH</c>, on the same inputs in one
/// run, so a refactoring's cost is a ratio and not two runs on a noisy machine.
/// </summary>
[MemoryDiagnoser]
public class ComparerBeforeAfterBenchmarks
{
    private static readonly List<Before.ComparedArticle> SeedEventBefore = [.. ComparisonBenchmarks.SeedEvent.Select(ToBefore)];

    private static readonly List<Before.ComparedArticle> FiftyArticleEventBefore = [.. ComparisonBenchmarks.FiftyArticleEvent.Select(ToBefore)];

    [Params("seed event (4 articles)", "50-article event")]
    public string Event { get; set; } = "";

    [Benchmark(Baseline = true)]
    public int Before_Compare() => Before.EventComparer.Default.Compare(Event.StartsWith("seed", StringComparison.Ordinal)
        ? SeedEventBefore : FiftyArticleEventBefore).Actors.Count;

    [Benchmark]
    public int After_Compare() => EventComparer.Default.Compare(Event.StartsWith("seed", StringComparison.Ordinal)
        ? ComparisonBenchmarks.SeedEvent : ComparisonBenchmarks.FiftyArticleEvent).Actors.Count;

    private static Before.ComparedArticle ToBefore(ComparedArticle a) =>
        new(a.Key, a.Outlet, a.Column, a.Title, a.Published, a.Url, a.Body, a.Compounds, a.LoadedLanguageIndex, a.LoadedMatchStarts);
}
#endif
