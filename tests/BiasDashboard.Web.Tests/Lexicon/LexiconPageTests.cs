using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using AngleSharp.Html.Parser;

namespace BiasDashboard.Web.Tests.Lexicon;

/// <summary>/lexicon shows each term's source, weight and frequency across the store; teachers switch terms off as a new version.</summary>
public sealed class LexiconPageTests() : WebAppTest()
{
    private async Task<AngleSharp.Html.Dom.IHtmlDocument> Page() => new HtmlParser().ParseDocument(await Client.GetStringAsync("/lexicon"));

    private static async Task<HttpResponseMessage> PostSwitches(HttpClient client, AngleSharp.Html.Dom.IHtmlDocument page, params string[] off)
    {
        var token = page.QuerySelector("form input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        return await client.PostAsync("/lexicon?handler=Switch",
            new FormUrlEncodedContent(off.Select(o => new KeyValuePair<string, string>("off", o)).Append(new("__RequestVerificationToken", token))));
    }

    [Fact]
    public async Task Lexicon_ShowsEachTermsSourceWeightAndHowOftenItFiresInTheStore()
    {
        var page = await Page();
        var rows = page.QuerySelectorAll("tr").Where(r => r.QuerySelector("input[name=off]") is not null).ToList();
        var claim = rows.First(r => r.QuerySelector("th")!.TextContent.StartsWith("claim", StringComparison.Ordinal));

        Assert.True(rows.Count > 700);
        Assert.Equal("0.70", claim.QuerySelectorAll("td")[0].TextContent);
        Assert.True(int.Parse(claim.QuerySelectorAll("td")[2].TextContent, System.Globalization.CultureInfo.InvariantCulture) > 0);
        Assert.Contains(rows, r => r.QuerySelectorAll("td")[1].TextContent.StartsWith("Pattern (natural@5.2.4): subjectivity", StringComparison.Ordinal));
        Assert.Contains("money-claim", page.QuerySelector("main, body")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Visitor_CannotSwitchTermsOff()
    {
        var response = await PostSwitches(Client, await Page(), "presupposition|claim");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.DoesNotContain("presupposition", (await Client.GetFromJsonAsync<JsonElement>("/api/lexicon")).GetProperty("categories")
            .EnumerateArray().Single(c => c.GetProperty("id").GetString() == "presupposition").GetProperty("off").ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Teacher_SwitchesATermOff_SavingANewVersionWhoseMatchesDropIt()
    {
        await TeacherSession.SignInAsTeacherAsync(App, Client);
        var before = (await Client.GetFromJsonAsync<JsonElement>("/api/lexicon")).GetProperty("version").GetInt32();

        var response = await PostSwitches(Client, await Page(), "presupposition|claim");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var lexicon = await Client.GetFromJsonAsync<JsonElement>("/api/lexicon");
        Assert.Equal(before + 1, lexicon.GetProperty("version").GetInt32());
        var off = lexicon.GetProperty("categories").EnumerateArray().Single(c => c.GetProperty("id").GetString() == "presupposition").GetProperty("off");
        Assert.Equal(["claim"], off.EnumerateArray().Select(x => x.GetString()));
        var explained = await (await Client.PostAsJsonAsync("/api/sentiment/explain", new { text = "The firm claimed the figures were wrong." })).JsonAsync();
        Assert.DoesNotContain(explained.GetProperty("loaded").EnumerateArray(), m => m.GetProperty("text").GetString() == "claimed");
        Assert.True((await Page()).QuerySelector("input[value='presupposition|claim']")!.HasAttribute("checked"));
    }

    [Fact]
    public async Task ArticlePage_RanksItsMostLoadedSentences_HighestFirst()
    {
        var page = new HtmlParser().ParseDocument(await Client.GetStringAsync("/articles/1"));
        var items = page.QuerySelectorAll(".most-loaded li").Select(li => li.TextContent).ToList();

        Assert.NotEmpty(items);
        var scores = items.Select(t => double.Parse(t.Split(": ")[1].Split(' ')[0], System.Globalization.CultureInfo.InvariantCulture)).ToList();
        Assert.Equal(scores.OrderByDescending(x => x), scores);
    }
}
