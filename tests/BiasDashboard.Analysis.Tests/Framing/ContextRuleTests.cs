using BiasDashboard.Analysis.Framing;
using BiasDashboard.Analysis.Sentiment;
using BiasDashboard.Analysis.Text;

namespace BiasDashboard.Analysis.Tests.Framing;

public sealed class ContextRuleTests
{
    private static List<FramingMatch> Loaded(FramingMatcher matcher, string text) =>
        [.. matcher.Match(text, QuoteFinder.Find(text)).Matches.Where(m => matcher.Lexicon.Categories.Single(c => c.Id == m.Category).Group == "loaded")];

    [Theory]
    [InlineData("Exhaust fumes hung over the slip roads.", "fumes")]
    [InlineData("The insurer paid out on 90 percent of claims last year.", "claims")]
    [InlineData("He was charged with murder on Monday.", "murder")]
    [InlineData("United crushed Villa 5-0 with two goals in the first half of the match.", "crushed")]
    public void NeutralSense_IsNotCounted_AndTheRuleSaysWhy(string text, string word)
    {
        Assert.DoesNotContain(Loaded(FramingMatcher.Default, text), m => m.Text == word);
        Assert.Contains(FramingMatcher.Default.NeutralUses(text), n => n.Text == word && n.Rule.Length > 20);
    }

    [Theory]
    [InlineData("The minister fumed at the delay.", "fumed")]
    [InlineData("The firm claimed the figures were wrong.", "claimed")]
    [InlineData("Soldiers were accused of the murder; the army called it a murder.", "murder")]
    [InlineData("The army crushed the protest in the capital.", "crushed")]
    public void LoadedSense_IsCounted(string text, string word) =>
        Assert.Contains(Loaded(FramingMatcher.Default, text), m => m.Text == word);

    [Fact]
    public void SwitchedOffTerm_IsNotMatched_AndTheSwitchSurvivesExportAndImport()
    {
        var off = FramingLexicon.Parse(FramingLexicon.Default.WithSwitched("stance-verbs", ["slam"], off: true).ToJson());

        Assert.DoesNotContain(Loaded(new FramingMatcher(off), "Critics slammed the plan."), m => m.Text == "slammed");
        Assert.Contains(Loaded(FramingMatcher.Default, "Critics slammed the plan."), m => m.Text == "slammed");
        Assert.Contains("slam", off.Categories.Single(c => c.Id == "stance-verbs").Off);
    }

    [Fact]
    public void EveryTerm_HasAStrengthBetween0And1_AndImportedTermsNameTheirList()
    {
        var terms = FramingLexicon.Default.Categories.Where(c => c.Group == "loaded").SelectMany(c => c.Terms).ToList();

        Assert.True(terms.Count > 700, $"{terms.Count} loaded terms");
        Assert.All(terms, t => Assert.InRange(t.Weight, 0.01, 1));
        Assert.All(terms.Where(t => t.Imported), t => Assert.Matches("^(Pattern|VADER|AFINN|hedges|weasels)", t.Source));
    }

    [Fact]
    public void StrongerSentence_ScoresHigher_ByWeight()
    {
        double Score(string s) => Loaded(FramingMatcher.Default, s).Sum(m => m.Weight);

        Assert.True(Score("The regime's thugs brutally crushed the peaceful demonstration.") > Score("Officials reportedly delayed the report."));
    }

    [Fact]
    public void NewsTone_AddsOnlyWordsVaderLacks_ValencesFromTheirNeighbours()
    {
        var vader = VaderLexicon.LoadEmbedded();

        Assert.All(NewsTone.Words, w => Assert.False(vader.TryGetValence(w.Word, out _)));
        var slaughtered = NewsTone.Words.Single(w => w.Word == "slaughtered");
        Assert.True(vader.TryGetValence("killed", out var killed));
        Assert.Equal(killed, slaughtered.Valence);
        Assert.Equal(VaderAnalyzer.Default.PolarityScores("Police killed three protesters.").Compound,
            NewsTone.Analyzer.PolarityScores("Police slaughtered three protesters.").Compound);
    }
}
