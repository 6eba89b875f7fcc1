using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace BiasDashboard.Benchmarks;

/// <summary>Adds sentences/s and MB/s columns from each benchmark's mean time and its workload size.</summary>
public sealed class ThroughputColumn(string name, Func<BenchmarkCase, double> unitsPerOperation, double divisor) : IColumn
{
    public static IColumn SentencesPerSecond { get; } = new ThroughputColumn("Sentences/s", b => Sizes(b).Sentences, 1);

    public static IColumn MegabytesPerSecond { get; } = new ThroughputColumn("MB/s", b => Sizes(b).Bytes, 1_000_000);

    public string Id => "Throughput." + name;
    public string ColumnName => name;
    public bool AlwaysShow => true;
    public ColumnCategory Category => ColumnCategory.Custom;
    public int PriorityInCategory => 0;
    public bool IsNumeric => true;
    public UnitType UnitType => UnitType.Dimensionless;
    public string Legend => $"{name} at the mean time per operation";

    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;

    public bool IsAvailable(Summary summary) => true;

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, SummaryStyle.Default);

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
    {
        var report = summary[benchmarkCase];
        if (report?.ResultStatistics is not { } stats)
        {
            return "NA";
        }

        var perSecond = unitsPerOperation(benchmarkCase) / (stats.Mean / 1e9) / divisor;
        return perSecond.ToString(perSecond >= 100 ? "N0" : "N2", System.Globalization.CultureInfo.InvariantCulture);
    }

    private static (double Sentences, double Bytes) Sizes(BenchmarkCase b) => b.Descriptor.WorkloadMethod.Name switch
    {
        nameof(SentimentBenchmarks.ScoreSeedSentences) => (Workload.Sentences.Count, Workload.Utf8Bytes(Workload.Sentences)),
        nameof(FramingBenchmarks.MatchSeedArticles) or nameof(ArticleBenchmarks.AnalyzeSeedArticles) => (Workload.Sentences.Count, Workload.Utf8Bytes(Workload.Seeds.Select(a => a.Body))),
        nameof(ArticleBenchmarks.AnalyzeThousandWordArticle) =>
            (SentenceSegmenterCount(Workload.ThousandWordArticle.Body), Workload.Utf8Bytes([Workload.ThousandWordArticle.Body])),
        nameof(ComparisonBenchmarks.CompareSeedEvent) => Compared(ComparisonBenchmarks.SeedEvent),
        nameof(ComparisonBenchmarks.CompareFiftyArticleEvent) => Compared(ComparisonBenchmarks.FiftyArticleEvent),
        nameof(ComparisonBenchmarks.CompareTwoHundredArticleEvent) => Compared(ComparisonBenchmarks.TwoHundredArticleEvent),
        _ => (double.NaN, double.NaN),
    };

    private static (double Sentences, double Bytes) Compared(IReadOnlyList<BiasDashboard.Analysis.Comparison.ComparedArticle> articles) =>
        (articles.Sum(a => a.Compounds!.Count), Workload.Utf8Bytes(articles.Select(a => a.Body)));

    private static int SentenceSegmenterCount(string body) => BiasDashboard.Analysis.Text.SentenceSegmenter.Segment(body).Count;

    public override string ToString() => ColumnName;
}
