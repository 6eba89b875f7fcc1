using System.Net.Http.Json;
using System.Text.Json;

namespace BiasDashboard.Web.Tests.Endpoints;

/// <summary>"Why this score" never misleads: every hint the panel offers is applied and re-scored, and must do what it says.</summary>
public sealed class WhyThisScoreHintTests(SharedWebApp shared) : ReadOnlyWebAppTest(shared)
{
    private async Task<JsonElement> Explain(string text, string tone = "vader") =>
        await (await Client.PostAsJsonAsync("/api/sentiment/explain", new { text, tone })).JsonAsync();

    public static TheoryData<string> Sentences() =>
    [
        "Transport Secretary Mark Harper slammed the walkout as pointless and cynical.",
        "Police slaughtered three protesters.",
        "Critics blasted the administration's disastrous open-border policies.",
        "The embattled minister finally admitted that the figures were wrong.",
        "Stocks plunged after a shockingly hot inflation report shattered hopes of a cut.",
        "A thug who savagely attacked a defenceless pensioner walked free.",
        "The mob tore down the statue in an act of vandalism.",
        "Hordes of migrants are swamping small coastal towns, reportedly.",
        "Militant union bosses plunged Britain into travel chaos.",
        "The so-called experts got it spectacularly wrong again.",
    ];

    [Theory]
    [MemberData(nameof(Sentences))]
    public async Task EveryHint_MovesTheScoresTheWayItSays(string sentence)
    {
        foreach (var tone in new[] { "vader", "news" })
        {
            var result = await Explain(sentence, tone);
            var hints = result.GetProperty("hints").EnumerateArray().ToList();
            Assert.NotEmpty(hints);
            foreach (var hint in hints)
            {
                var after = await Explain(hint.GetProperty("edited").GetString()!, tone);
                var says = hint.GetProperty("says").GetString()!;

                Assert.True(after.GetProperty("loadedScore").GetDouble() < result.GetProperty("loadedScore").GetDouble(), says);
                Assert.Equal(hint.GetProperty("loadedAfter").GetDouble(), after.GetProperty("loadedScore").GetDouble(), 2);
                Assert.Equal(hint.GetProperty("toneAfter").GetDouble(), after.GetProperty("compound").GetDouble(), 3);
                var (was, now) = (Math.Abs(result.GetProperty("compound").GetDouble()), Math.Abs(after.GetProperty("compound").GetDouble()));
                Assert.Contains(now > was ? "stronger" : now < was ? "weaker" : "stays", says, StringComparison.Ordinal);
            }
        }
    }

    [Fact]
    public async Task Slammed_IsListed_AndSaidToBeOutsideVadersWordList_BesideItsLoadedMatch()
    {
        var result = await Explain("Harper slammed the walkout.");
        var slammed = result.GetProperty("words").EnumerateArray().Single(w => w.GetProperty("word").GetString() == "slammed");

        Assert.Equal("slammed: not in VADER's word list, so it does not move the tone", slammed.GetProperty("note").GetString());
        Assert.Contains(result.GetProperty("words").EnumerateArray(), w => w.GetProperty("word").GetString() == "walkout");
        Assert.Contains(result.GetProperty("loaded").EnumerateArray(), m => m.GetProperty("text").GetString() == "slammed");
    }

    [Fact]
    public async Task SwapHint_ForSlammed_SaysTheToneGetsMoreNegative_NotLess()
    {
        var result = await Explain("Harper slammed the walkout.");
        var swap = result.GetProperty("hints").EnumerateArray().Single(h => h.GetProperty("kind").GetString() == "swap");

        Assert.Equal("criticised", swap.GetProperty("replacement").GetString());
        Assert.Contains("stronger", swap.GetProperty("says").GetString(), StringComparison.Ordinal);
        Assert.True(swap.GetProperty("toneAfter").GetDouble() < swap.GetProperty("toneBefore").GetDouble());
    }

    [Fact]
    public async Task NewsTone_ScoresSlaughterLikeKilling_StandardVaderStaysTheReference()
    {
        var standard = (await Explain("Police slaughtered three protesters.")).GetProperty("compound").GetDouble();
        var news = await Explain("Police slaughtered three protesters.", "news");
        var killed = (await Explain("Police killed three protesters.")).GetProperty("compound").GetDouble();

        Assert.Equal(-0.2263, standard, 3);
        Assert.Equal(killed, news.GetProperty("compound").GetDouble(), 3);
        Assert.Equal("news", news.GetProperty("tone").GetString());
    }
}
