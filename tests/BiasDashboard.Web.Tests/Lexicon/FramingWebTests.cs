using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using AngleSharp.Html.Parser;
using BiasDashboard.Analysis.Framing;
using BiasDashboard.Web.Tests.Hubs;

namespace BiasDashboard.Web.Tests.Lexicon;

public sealed class FramingWebTests() : WebAppTest(new Dictionary<string, string?> { ["Admin:Token"] = AdminToken })
{
    private const string AdminToken = "framing-test-token-not-a-secret";

    [Fact]
    public async Task ArticleApi_ListsFramingMatchesWhoseOffsetsGiveBackTheText()
    {
        var article = await Client.GetFromJsonAsync<JsonElement>("/api/articles/1");
        var text = article.GetProperty("text").GetString()!;
        var matches = article.GetProperty("framing").GetProperty("matches").EnumerateArray().ToList();

        Assert.NotEmpty(matches);
        Assert.All(matches, m => Assert.Equal(m.GetProperty("text").GetString(), text[m.GetProperty("start").GetInt32()..m.GetProperty("end").GetInt32()]));
        Assert.Equal(FramingLexicon.Default.Version, article.GetProperty("framing").GetProperty("lexiconVersion").GetInt32());
    }

    [Fact]
    public async Task ArticlePage_HighlightsMatchesWithCategoryAndVoiceInTheTooltip()
    {
        var document = new HtmlParser().ParseDocument(await Client.GetStringAsync("/articles/1"));
        var marks = document.QuerySelectorAll(".article-text mark.f");

        Assert.NotEmpty(marks);
        Assert.All(marks, m => Assert.Equal("0", m.GetAttribute("tabindex")));
        Assert.Contains(marks, m => m.GetAttribute("title")!.StartsWith("Presupposition words · “claim” · own voice · weight 0.70 · source: ", StringComparison.Ordinal)
            && m.GetAttribute("title")!.Contains("would not count: A claim for money", StringComparison.Ordinal));
        // Stop The War's words (“…shamefully refused…”, reported after "Stop The War said"): quoted, and now with their speaker.
        Assert.Contains(marks, m => m.TextContent == "shamefully" && m.GetAttribute("title")!.Contains("· quoted, Stop the War", StringComparison.Ordinal));
        Assert.NotEmpty(document.QuerySelectorAll(".framing-legend input[type=checkbox]"));
    }

    [Fact]
    public async Task Comparison_HasAFramingHeatmapPerVoiceAndTheContestedTable()
    {
        var framing = (await Client.GetFromJsonAsync<JsonElement>("/api/events/snp-amendment-2023-11-15/comparison")).GetProperty("framing");
        var heatmap = framing.GetProperty("ownVoice").GetProperty("figure").GetProperty("data")[0];
        var ceasefire = framing.GetProperty("contested").EnumerateArray().Single(r => r.GetProperty("set").GetString() == "ceasefire-pause");

        Assert.Equal("heatmap", heatmap.GetProperty("type").GetString());
        Assert.Equal(4, heatmap.GetProperty("z").GetArrayLength());
        Assert.Equal(FramingLexicon.Default.Categories.Count, heatmap.GetProperty("z")[0].GetArrayLength());
        Assert.Contains(ceasefire.GetProperty("cells").EnumerateArray(), c =>
            c.GetProperty("outlet").GetString() == "The National" &&
            c.GetProperty("options").EnumerateArray().Any(o => o.GetProperty("option").GetString() == "humanitarian pause"));
    }

    [Fact]
    public async Task LexiconEdit_RescoresTheSeedsInTheBackground_AndTellsConnectedPages()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        await using var hub = await TestHub.ConnectAsync(App.Server, timeout.Token);
        var progress = hub.Calls<RescoreStatus>("RescoreProgress");
        var lexicon = await Client.GetStringAsync("/api/lexicon");
        var edited = lexicon.Replace("\"showdown\"", "\"showdown\", \"march\"", StringComparison.Ordinal);

        var response = await PutLexiconAsync(edited);
        var saved = await response.JsonAsync();
        RescoreStatus last;
        do
        {
            last = await progress.ReadAsync(timeout.Token);
        }
        while (last.Done < last.Total);
        var article = await Client.GetFromJsonAsync<JsonElement>("/api/articles/1");

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        Assert.Equal(FramingLexicon.Default.Version + 1, saved.GetProperty("version").GetInt32());
        Assert.Equal(5, last.Total);
        Assert.Equal(saved.GetProperty("version").GetInt32(), article.GetProperty("framing").GetProperty("lexiconVersion").GetInt32());
        Assert.Contains(article.GetProperty("framing").GetProperty("matches").EnumerateArray(), m => m.GetProperty("term").GetString() == "march");
    }

    [Fact]
    public async Task LexiconImport_WithoutTheAdminToken_IsRefused()
    {
        var response = await Client.PutAsync("/api/lexicon", new StringContent(FramingLexicon.Default.ToJson(), Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task LexiconImport_Malformed_Is422AndChangesNothing()
    {
        var response = await PutLexiconAsync("""{"id":"x","categories":[{"id":"a","name":"A","terms":[]}]}""");

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains("'a' has no terms", (await response.JsonAsync()).GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Contains("\"id\": \"default\"", await Client.GetStringAsync("/api/lexicon"), StringComparison.Ordinal);
    }

    private Task<HttpResponseMessage> PutLexiconAsync(string json)
    {
        var request = new HttpRequestMessage(HttpMethod.Put, "/api/lexicon") { Content = new StringContent(json, Encoding.UTF8, "application/json") };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", AdminToken);
        return Client.SendAsync(request);
    }

    private sealed record RescoreStatus(int Done, int Total, string LexiconId, int Version);
}
