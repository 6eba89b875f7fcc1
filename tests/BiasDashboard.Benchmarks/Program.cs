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

var config = DefaultConfig.Instance
    .AddColumn(ThroughputColumn.SentencesPerSecond, ThroughputColumn.MegabytesPerSecond);
BenchmarkSwitcher.FromAssembly(typeof(Workload).Assembly).Run(args, config);
