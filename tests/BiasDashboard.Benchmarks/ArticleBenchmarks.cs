using BenchmarkDotNet.Attributes;
using BiasDashboard.Analysis.Articles;
using BiasDashboard.Analysis.Ingest;

namespace BiasDashboard.Benchmarks;

/// <summary>The whole article analysis: segmentation, quotations, VADER with word evidence, summary and arc.</summary>
[MemoryDiagnoser]
public class ArticleBenchmarks
{
    private readonly ArticleText[] _seeds = [.. Workload.Seeds];
    private readonly ArticleText _thousandWords = Workload.ThousandWordArticle;

    [GlobalSetup]
    public void Setup() => ArticleAnalyzer.Default.Analyze(_thousandWords);

    [Benchmark]
    public int AnalyzeSeedArticles()
    {
        var sentences = 0;
        foreach (var article in _seeds)
        {
            sentences += ArticleAnalyzer.Default.Analyze(article).SentenceCount;
        }

        return sentences;
    }

    [Benchmark]
    public ArticleAnalysis AnalyzeThousandWordArticle() => ArticleAnalyzer.Default.Analyze(_thousandWords);
}
