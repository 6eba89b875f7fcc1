using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Running;
using BiasDashboard.Benchmarks;

// dotnet run -c Release --project tests/BiasDashboard.Benchmarks -- --filter '*'
// dotnet run -c Release --project tests/BiasDashboard.Benchmarks -- workload OUT.tsv COUNT   (for compare-js.sh)
if (args is ["workload", var path, var count])
{
    Workload.WriteSentenceLines(path, int.Parse(count, System.Globalization.CultureInfo.InvariantCulture));
    return;
}

// A quick look, not a measurement: each shape at each size once, ms per MB (the benchmark LinearityBenchmarks measures).
if (args is ["probe", .. var sizes])
{
    foreach (var shape in Enum.GetValues<Shape>())
    {
        foreach (var kb in sizes.Select(s => int.Parse(s, System.Globalization.CultureInfo.InvariantCulture)))
        {
            var input = LinearityInputs.Make(shape, kb);
            var clock = System.Diagnostics.Stopwatch.StartNew();
            var analysis = LinearityInputs.Analyze(input);
            var analysed = clock.Elapsed.TotalMilliseconds;
            clock.Restart();
            LinearityInputs.Compare(BiasDashboard.Analysis.Ingest.ArticleParser.Parse(input.File, input.Content));
            var compared = clock.Elapsed.TotalMilliseconds;
            var mb = LinearityInputs.Bytes(input) / 1e6;
            Console.WriteLine($"{shape,-15} {kb,6} KB  analyse {analysed / mb,9:0} ms/MB  compare {compared / mb,9:0} ms/MB  ({analysis.SentenceCount} sentences)");
        }
    }

    return;
}

var config = DefaultConfig.Instance
    .AddColumn(ThroughputColumn.SentencesPerSecond, ThroughputColumn.MegabytesPerSecond);
BenchmarkSwitcher.FromAssembly(typeof(Workload).Assembly).Run(args, config);
