using BenchmarkDotNet.Attributes;
using BiasDashboard.Analysis.Framing;
using BiasDashboard.Analysis.Text;

namespace BiasDashboard.Benchmarks;

/// <summary>Framing-term matching alone, with the default lexicon, over the five seed article bodies.</summary>
[MemoryDiagnoser]
public class FramingBenchmarks
{
    private readonly (string Body, IReadOnlyList<QuoteSpan> Quotes)[] _seeds =
        [.. Workload.Seeds.Select(a => (a.Body, QuoteFinder.Find(a.Body)))];

    [Benchmark]
    public int MatchSeedArticles()
    {
        var matches = 0;
        foreach (var (body, quotes) in _seeds)
        {
            matches += FramingMatcher.Default.Match(body, quotes).Matches.Count;
        }

        return matches;
    }
}
