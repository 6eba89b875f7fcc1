using System.Globalization;
using BenchmarkDotNet.Attributes;
using BiasDashboard.Analysis.Comparison;
using BiasDashboard.Analysis.Sentiment;
using BiasDashboard.Analysis.Text;

namespace BiasDashboard.Benchmarks;

/// <summary>
/// The same-event comparison as the dashboard runs it (sentence compounds already stored): the four seed articles on
/// the SNP amendment vote, and a 50-article event (the five seeds ten times over, under ten outlet names), the size of
/// an event in the load test.
/// </summary>
[MemoryDiagnoser]
public class ComparisonBenchmarks
{
    public static readonly IReadOnlyList<ComparedArticle> SeedEvent = Prepared(Workload.Seeds.Where((_, i) => i != 2).Select((a, i) => (a, i)));

    public static readonly IReadOnlyList<ComparedArticle> FiftyArticleEvent =
        Prepared(Enumerable.Range(0, 10).SelectMany(n => Workload.Seeds.Select((a, i) => (a, n * 5 + i))));

    private static List<ComparedArticle> Prepared(IEnumerable<(Analysis.Ingest.ArticleText Article, int Index)> articles, int outlets = 10) =>
        articles.Select(x => new ComparedArticle(x.Index.ToString(CultureInfo.InvariantCulture), $"Outlet {x.Index % outlets}", $"Outlet {x.Index % outlets}",
            x.Article.Metadata.Title ?? "", x.Article.Metadata.Published, null, x.Article.Body,
            SentenceSegmenter.Segment(x.Article.Body).Select(s => VaderAnalyzer.Default.PolarityScores(s.Range.In(x.Article.Body)).Compound).ToList(), 1.0)).ToList();

    /// <summary>200 articles (the five seeds 40 times over) under 20 outlet names: a large event.</summary>
    public static readonly IReadOnlyList<ComparedArticle> TwoHundredArticleEvent =
        Prepared(Enumerable.Range(0, 40).SelectMany(n => Workload.Seeds.Select((a, i) => (a, n * 5 + i))), outlets: 20);

    [Benchmark]
    public int CompareSeedEvent() => EventComparer.Default.Compare(SeedEvent).Actors.Count;

    [Benchmark]
    public int CompareFiftyArticleEvent() => EventComparer.Default.Compare(FiftyArticleEvent).Actors.Count;

    [Benchmark]
    public int CompareTwoHundredArticleEvent() => EventComparer.Default.Compare(TwoHundredArticleEvent).Actors.Count;
}
