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

    private static List<UnlabelledArticle> Articles(string prefix, IEnumerable<string> texts, DateOnly? date) =>
        texts.Select((t, n) => new UnlabelledArticle($"{prefix}{n}", null, t, date)).ToList();

    [Fact]
    public void Group_UnlabelledArticlesFromSeveralEvents_KeepsUnrelatedStoriesApart()
    {
        var seeds = Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "seeds"), "*.txt").Order(StringComparer.Ordinal)
            .Select((f, n) => new UnlabelledArticle($"seed{n}", null, Seed(Path.GetFileName(f)), new DateOnly(2023, 11, 16))).ToList();
        var articles = seeds.Concat(Articles("derby", Football, new DateOnly(2024, 3, 3))).Concat(Articles("bins", BinStrike, new DateOnly(2024, 3, 5))).ToList();

        var groups = new EventMatcher().Group(articles);
        int GroupOf(string key) => groups.Select((g, n) => (g, n)).Single(x => x.g.Keys.Contains(key)).n;

        Assert.Single(Enumerable.Range(0, 3).Select(n => GroupOf($"derby{n}")).Distinct());    // the three football reports together
        Assert.Single(Enumerable.Range(0, 3).Select(n => GroupOf($"bins{n}")).Distinct());     // the three bin-strike reports together
        Assert.NotEqual(GroupOf("derby0"), GroupOf("bins0"));
        Assert.DoesNotContain(GroupOf("derby0"), seeds.Select(s => GroupOf(s.Key)));
        Assert.DoesNotContain(GroupOf("bins0"), seeds.Select(s => GroupOf(s.Key)));
    }

    [Fact]
    public void Suggest_NothingClose_ProposesANewEvent()
    {
        var suggestion = new EventMatcher().Suggest(new UnlabelledArticle("new", null, "The orchestra premiered a new symphony at the festival last night.", null),
            [new EventCandidate("derby", "Derby", Articles("derby", Football, null)), new EventCandidate("bins", "Bins", Articles("bins", BinStrike, null))]);

        Assert.Null(suggestion);
    }

    [Fact]
    public void Suggest_ANewReport_MatchesItsEventWithAScore()
    {
        var suggestion = new EventMatcher().Suggest(new UnlabelledArticle("new", null, "Rubbish is still piling up in Leeds, where the bin strike goes on.", new DateOnly(2024, 3, 8)),
            [new EventCandidate("derby", "Derby", Articles("derby", Football, new DateOnly(2024, 3, 3))), new EventCandidate("bins", "Bins", Articles("bins", BinStrike, new DateOnly(2024, 3, 5)))]);

        Assert.Equal("bins", suggestion?.EventId);
        Assert.InRange(suggestion!.Score, suggestion.Reason.Cut, 1);
        Assert.Contains(suggestion.Reason.Shared, t => t.Text.Contains("bin", StringComparison.OrdinalIgnoreCase) || t.Text.Contains("Leeds", StringComparison.Ordinal));
    }
}
