using BiasDashboard.Analysis.Events;
using BiasDashboard.Analysis.Ingest;

namespace BiasDashboard.Analysis.Tests.Events;

public sealed class EventMatcherTests
{
    private static readonly string[] Football =
    [
        "United beat City 2-1 in the derby at Old Trafford. The striker scored twice before half-time and the goalkeeper saved a late penalty.",
        "A late penalty save sealed the derby for United against City. The manager praised his striker, who scored twice at Old Trafford.",
        "City's manager blamed the referee after the derby defeat at Old Trafford, where United's striker scored two goals.",
    ];

    private static readonly string[] BinStrike =
    [
        "Refuse collectors in Leeds began a bin strike over pay, and rubbish piled up in streets as the council's offer was rejected.",
        "The Leeds bin strike entered its second week as refuse collectors rejected the council's latest pay offer and rubbish piled up.",
        "Residents complained about rubbish piling up in Leeds as the bin strike by refuse collectors over council pay continued.",
    ];

    private static string Seed(string file) =>
        ArticleParser.Parse(file, File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "seeds", file))).Body;

    [Fact]
    public void Group_UnlabelledArticlesFromSeveralEvents_KeepsUnrelatedStoriesApart()
    {
        var seeds = Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "seeds"), "*.txt").Select(f => Seed(Path.GetFileName(f))).ToList();
        var articles = seeds.Select(t => (t, (DateOnly?)new DateOnly(2023, 11, 16)))
            .Concat(Football.Select(t => (t, (DateOnly?)new DateOnly(2024, 3, 3))))
            .Concat(BinStrike.Select(t => (t, (DateOnly?)new DateOnly(2024, 3, 5))))
            .ToList();
        var matcher = new EventMatcher();
        matcher.AddToCorpus(articles.Select(a => a.t));

        var groups = matcher.Group(articles);
        int GroupOf(int index) => groups.Select((g, n) => (g, n)).Single(x => x.g.Contains(index)).n;

        Assert.Single(Enumerable.Range(5, 3).Select(GroupOf).Distinct());    // the three football reports together
        Assert.Single(Enumerable.Range(8, 3).Select(GroupOf).Distinct());    // the three bin-strike reports together
        Assert.NotEqual(GroupOf(5), GroupOf(8));
        Assert.DoesNotContain(GroupOf(5), Enumerable.Range(0, 5).Select(GroupOf));
        Assert.DoesNotContain(GroupOf(8), Enumerable.Range(0, 5).Select(GroupOf));
    }

    [Fact]
    public void Suggest_NothingClose_ProposesANewEvent()
    {
        var matcher = new EventMatcher();
        matcher.AddToCorpus([.. Football, .. BinStrike]);

        var suggestion = matcher.Suggest("The orchestra premiered a new symphony at the festival last night.", null,
            [new EventCandidate("derby", null, Football), new EventCandidate("bins", null, BinStrike)]);

        Assert.Null(suggestion);
    }

    [Fact]
    public void Suggest_ANewReport_MatchesItsEventWithAScore()
    {
        var matcher = new EventMatcher();
        matcher.AddToCorpus([.. Football, .. BinStrike]);

        var suggestion = matcher.Suggest("Rubbish is still piling up in Leeds, where the bin strike goes on.", new DateOnly(2024, 3, 8),
            [new EventCandidate("derby", new DateOnly(2024, 3, 3), Football), new EventCandidate("bins", new DateOnly(2024, 3, 5), BinStrike)]);

        Assert.Equal("bins", suggestion?.EventId);
        Assert.InRange(suggestion!.Score, EventMatcher.Threshold, 1);
    }
}
