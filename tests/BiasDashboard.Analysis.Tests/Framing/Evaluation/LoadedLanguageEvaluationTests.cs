using BiasDashboard.Analysis.Framing;
using Xunit.Abstractions;

namespace BiasDashboard.Analysis.Tests.Framing.Evaluation;

/// <summary>
/// The default lexicon against the loaded-language dev corpus (gold written before the lexicon was built; guidelines in
/// docs/loaded-language.md), side by side with the lexicon it replaced. Run with a detailed console logger to see the figures.
/// </summary>
public sealed class LoadedLanguageEvaluationTests(ITestOutputHelper output)
{
    private static readonly FramingMatcher Baseline =
        new(FramingLexicon.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "corpora", "loaded", "baseline-lexicon-v1.json"))));

    private LoadedMetrics Report(string name, FramingMatcher matcher, IReadOnlyList<GoldText> texts)
    {
        var metrics = LoadedMetrics.Measure(matcher, texts, LoadedCorpus.Sentences());
        output.WriteLine($"{name}: {metrics}");
        return metrics;
    }

    [Fact]
    public void Corpus_HasEnoughGoldToMeasure()
    {
        Assert.True(LoadedCorpus.Articles().Count >= 25);
        Assert.True(LoadedCorpus.Sentences().Count >= 200);
        Assert.True(LoadedCorpus.Articles().Sum(a => a.Spans.Count) >= 100);
        Assert.Equal(3, LoadedCorpus.Seeds().Count);
    }

    [Fact]
    public void Baseline_TheOldSixtyWordLexicon_SeesLittleOfTheGold()
    {
        var dev = Report("baseline v1, dev articles", Baseline, LoadedCorpus.Articles());
        Report("baseline v1, seeds", Baseline, LoadedCorpus.Seeds());

        Assert.InRange(dev.Overlap, 0, 0.3);
    }
}
