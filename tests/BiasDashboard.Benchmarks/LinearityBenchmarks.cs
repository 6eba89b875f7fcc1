using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using BiasDashboard.Analysis.Ingest;

namespace BiasDashboard.Benchmarks;

/// <summary>
/// Linear time, shown: each <see cref="Shape"/> at four sizes, doubling, through parse + analysis and through the
/// comparison (against one seed article). Read the "ms/MB" column down a shape: flat (or falling, as fixed costs spread)
/// means linear; doubling with each size would mean quadratic. A short in-process job: one warm-up, three measured runs
/// of one operation each, because the largest adversarial inputs take seconds and the machine is shared.
/// </summary>
[Config(typeof(ShortLinearityConfig))]
public class LinearityBenchmarks
{
    private (string File, string Content) _input;
    private ArticleText _parsed = null!;

    [Params(Shape.Ordinary, Shape.DigitRun, Shape.CapitalisedRun, Shape.Quotes, Shape.MrRepeated, Shape.Numbers, Shape.DeepHtml, Shape.DeepMarkdown)]
    public Shape Shape { get; set; }

    [Params(32, 64, 128, 256)]
    public int Kilobytes { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _input = LinearityInputs.Make(Shape, Kilobytes);
        _parsed = ArticleParser.Parse(_input.File, _input.Content);
    }

    [Benchmark]
    public int ParseAndAnalyze() => LinearityInputs.Analyze(_input).SentenceCount;

    [Benchmark]
    public int Compare() => LinearityInputs.Compare(_parsed).Actors.Count;

    private sealed class ShortLinearityConfig : ManualConfig
    {
        public ShortLinearityConfig()
        {
            AddJob(Job.Default.WithToolchain(InProcessEmitToolchain.Instance)
                .WithWarmupCount(1).WithIterationCount(3).WithInvocationCount(1).WithUnrollFactor(1).WithId("Short"));
            AddColumn(new MillisecondsPerMegabyteColumn());
        }
    }

    /// <summary>Mean time per operation divided by the input's size in MB (UTF-8).</summary>
    private sealed class MillisecondsPerMegabyteColumn : IColumn
    {
        public string Id => "MsPerMB";
        public string ColumnName => "ms/MB";
        public bool AlwaysShow => true;
        public ColumnCategory Category => ColumnCategory.Custom;
        public int PriorityInCategory => 0;
        public bool IsNumeric => true;
        public UnitType UnitType => UnitType.Dimensionless;
        public string Legend => "Mean milliseconds per MB of input (UTF-8)";

        public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;

        public bool IsAvailable(Summary summary) => true;

        public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, SummaryStyle.Default);

        public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
        {
            if (summary[benchmarkCase]?.ResultStatistics is not { } stats)
            {
                return "NA";
            }

            var shape = (Shape)benchmarkCase.Parameters[nameof(Shape)];
            var kilobytes = (int)benchmarkCase.Parameters[nameof(Kilobytes)];
            var megabytes = LinearityInputs.Bytes(LinearityInputs.Make(shape, kilobytes)) / 1e6;
            return (stats.Mean / 1e6 / megabytes).ToString("N0", System.Globalization.CultureInfo.InvariantCulture);
        }
    }
}
