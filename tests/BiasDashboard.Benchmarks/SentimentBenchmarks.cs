using BenchmarkDotNet.Attributes;
using BiasDashboard.Analysis.Sentiment;

namespace BiasDashboard.Benchmarks;

/// <summary>VADER alone: every seed sentence scored once per operation.</summary>
[MemoryDiagnoser]
public class SentimentBenchmarks
{
    private readonly string[] _sentences = [.. Workload.Sentences];

    [GlobalSetup]
    public void Setup() => VaderAnalyzer.Default.PolarityScores("warm up the lexicon");

    [Benchmark]
    public double ScoreSeedSentences()
    {
        var sum = 0.0;
        foreach (var s in _sentences)
        {
            sum += VaderAnalyzer.Default.PolarityScores(s).Compound;
        }

        return sum;
    }
}
