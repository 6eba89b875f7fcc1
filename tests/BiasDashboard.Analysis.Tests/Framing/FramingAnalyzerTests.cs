using BiasDashboard.Analysis.Articles;
using BiasDashboard.Analysis.Framing;
using BiasDashboard.Analysis.Ingest;

namespace BiasDashboard.Analysis.Tests.Framing;

public sealed class FramingAnalyzerTests
{
    private static FramingAnalysis Seed(string file) =>
        ArticleAnalyzer.Default.Analyze(ArticleParser.Parse(file, File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "seeds", file)))).Framing;

    [Fact]
    public void Seeds_SocialistWorkerSaysGenocideInItsOwnVoice_TheNationalOnlyQuotesACampaigner()
    {
        var socialistWorker = Seed("002_303351f91084d598.txt").Matches.Where(m => m.Term == "genocide").ToList();
        var national = Seed("004_afb372a0990edb70.txt").Matches.Where(m => m.Term == "genocide").ToList();

        Assert.Contains(socialistWorker, m => !m.InQuote);
        Assert.All(national, m => Assert.True(m.InQuote));
        Assert.Equal("Oussama Al Saqr", Assert.Single(national).Speaker);
    }

    [Fact]
    public void Seeds_DefaultLexiconStaysTight_AtMost40LoadedMatchesPer1000Words()
    {
        foreach (var file in Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "seeds"), "*.txt").Select(Path.GetFileName))
        {
            var framing = Seed(file!);

            var loaded = FramingLexicon.Default.Categories.Where(c => c.Group == FramingAnalyzer.LoadedGroup).Select(c => c.Id).ToHashSet();

            Assert.InRange(1000.0 * framing.Matches.Count(m => loaded.Contains(m.Category)) / framing.Words, 1, 40);
        }
    }

    [Fact]
    public void Analyze_RatesAreMatchesPer1000WordsOfTheSameVoice()
    {
        var lexicon = FramingLexicon.Parse("""{"id":"t","categories":[{"id":"loaded","group":"loaded","name":"L","terms":["mob"]}]}""");
        const string text = "The mob gathered near the hall today. “A mob,” she said, “is not what we saw here at all.”";

        var framing = new FramingAnalyzer(new FramingMatcher(lexicon)).Analyze(text, BiasDashboard.Analysis.Text.QuoteFinder.Find(text));
        var rate = Assert.Single(framing.Categories);

        Assert.Equal((1, 1), (rate.Own, rate.Quoted));
        Assert.Equal(Math.Round(1000.0 / framing.OwnVoiceWords, 2), rate.OwnPer1000);
        Assert.Equal(Math.Round(1000.0 / framing.QuotedWords, 2), rate.QuotedPer1000);
        Assert.Equal(rate.OwnPer1000, framing.LoadedLanguageIndex);
        Assert.Equal(framing.Words, framing.OwnVoiceWords + framing.QuotedWords);
    }

    [Fact]
    public void Analyze_CountsEachSideOfAContestedSetByVoice()
    {
        var framing = Seed("004_afb372a0990edb70.txt");
        var pause = framing.Contested.Single(c => c.Option == "humanitarian pause");
        var ceasefire = framing.Contested.Single(c => c.Option == "ceasefire");

        Assert.Equal(1, pause.Own + pause.Quoted);
        Assert.True(ceasefire.Own > 0);
    }

    [Fact]
    public void Analyze_RecordsTheLexiconVersion()
    {
        var framing = Seed("000_17ccc34b285f9fce.txt");

        Assert.Equal((FramingLexicon.Default.Id, FramingLexicon.Default.Version), (framing.LexiconId, framing.LexiconVersion));
    }
}
