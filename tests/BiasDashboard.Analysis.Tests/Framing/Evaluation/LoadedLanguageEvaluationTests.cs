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

    [Fact]
    public void Default_OnDevArticles_OverlapsGold_AndRanksBiasedSentences()
    {
        var dev = Report("default, dev articles", FramingMatcher.Default, LoadedCorpus.Articles());

        Assert.True(dev.Overlap >= 0.30, dev.ToString());
        Assert.True(dev.Precision >= 0.60, dev.ToString());
        Assert.True(dev.AucByCount >= 0.66, dev.ToString());
        Assert.True(dev.AucByScore >= 0.66, dev.ToString());
    }

    [Fact]
    public void Default_OnRealNewsSeeds_OverlapsGoldAtAtMost40MatchesPer1000Words()
    {
        var seeds = Report("default, marked seeds", FramingMatcher.Default, LoadedCorpus.Seeds());
        var all = Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "seeds"), "*.txt")
            .Select(p => new GoldText(p, BiasDashboard.Analysis.Ingest.ArticleParser.Parse(p, File.ReadAllText(p)).Body, [])).ToList();
        var density = Report("default, all five seeds (density only)", FramingMatcher.Default, all);

        Assert.True(seeds.Overlap >= 0.30, seeds.ToString());
        Assert.True(seeds.Per1000 <= 40, seeds.ToString());
        Assert.True(density.Per1000 <= 40, density.ToString());
    }

    [Fact]
    public void ImportedListsAlone_WithoutTheCuratedTerms_StillBeatTheBaseline()
    {
        // The curated terms were written by the person who wrote the dev corpus, so their figures are optimistic; the imported
        // lists (Pattern, hedges, weasels) were not chosen by looking at it, so this row is the uncontaminated lower bound.
        var json = System.Text.Json.Nodes.JsonNode.Parse(FramingLexicon.Default.ToJson())!;
        var categories = json["categories"]!.AsArray();
        foreach (var c in categories.ToList())
        {
            if (c!["import"]!.AsArray().Count == 0)
            {
                categories.Remove(c);
            }
            else
            {
                c["terms"] = new System.Text.Json.Nodes.JsonArray();
            }
        }

        var lexicon = FramingLexicon.Parse(json.ToJsonString());
        var imports = Report("imports only, dev articles", new FramingMatcher(lexicon), LoadedCorpus.Articles());
        Report("imports only, marked seeds", new FramingMatcher(lexicon), LoadedCorpus.Seeds());

        Assert.True(imports.AucByScore > 0.6, imports.ToString());
    }

    [Fact]
    public void Default_ListsItsMissesAndFalseAlarms_ForTheCurator()
    {
        foreach (var text in LoadedCorpus.Articles().Concat(LoadedCorpus.Seeds()))
        {
            var found = LoadedMetrics.Loaded(FramingMatcher.Default, text.Text);
            var missed = text.Spans.Where(s => !found.Any(m => m.Start < s.End && s.Start < m.End)).Select(s => text.Text[s.Start..s.End]);
            var extra = found.Where(m => !text.Spans.Any(s => m.Start < s.End && s.Start < m.End)).Select(m => $"{m.Text} ({m.Category})");
            output.WriteLine($"{text.Name}: missed [{string.Join("; ", missed)}] extra [{string.Join("; ", extra)}]");
        }

        Assert.NotEmpty(LoadedMetrics.Loaded(FramingMatcher.Default, "Critics slammed the shameful decision."));
    }

    [Fact]
    public void Default_OnNeutralWireAndBroadsheetCopy_StaysSparse()
    {
        var neutral = LoadedCorpus.Articles().Where(a => a.Spans.Count == 0).ToList();
        var metrics = Report("default, unmarked (neutral) dev articles", FramingMatcher.Default, neutral);

        Assert.True(neutral.Count >= 10);
        Assert.True(metrics.Per1000 <= 15, metrics.ToString());
    }
}
