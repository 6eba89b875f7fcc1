using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace BiasDashboard.Web.Tests.Endpoints;

public sealed class UploadTests() : WebAppTest()
{
    private async Task<JsonElement> GetArticleAsync(HttpResponseMessage created)
    {
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        return await Client.GetFromJsonAsync<JsonElement>(created.Headers.Location!.ToString());
    }

    [Fact]
    public async Task PostTxt_StoresTheArticle_WithSentenceOffsetsIntoItsText()
    {
        var response = await Client.PostAsync("/api/articles", Api.Files(("vote.txt", Api.Utf8(
            "MPs reject ceasefire call\n\nThe motion was defeated. Protesters called it “a shameful betrayal”."))).With("outlet", "Test Gazette"));

        var article = await GetArticleAsync(response);
        var text = article.GetProperty("text").GetString()!;
        var sentences = article.GetProperty("sentences").EnumerateArray().ToList();

        Assert.Equal("MPs reject ceasefire call", article.GetProperty("title").GetString());
        Assert.Equal(["MPs reject ceasefire call", "The motion was defeated.", "Protesters called it “a shameful betrayal”."],
            sentences.Select(s => text[s.GetProperty("start").GetInt32()..s.GetProperty("end").GetInt32()]));
        Assert.True(sentences[2].GetProperty("compound").GetDouble() < 0);
    }

    [Fact]
    public async Task PostMarkdown_ReadsOutletAndDateFromFrontMatter()
    {
        var response = await Client.PostAsync("/api/articles", Api.Files(("story.md", Api.Utf8(
            "---\ntitle: Rebels gear up\noutlet: The Markdown Post\ndate: 2023-11-16\n---\nLabour **rebels** vowed to [press on](https://example.com)."))));

        var article = await GetArticleAsync(response);

        Assert.Equal("The Markdown Post", article.GetProperty("outlet").GetString());
        Assert.Equal("2023-11-16", article.GetProperty("published").GetString());
        Assert.Equal("Labour rebels vowed to press on.", article.GetProperty("text").GetString());
    }

    [Fact]
    public async Task PostHtml_ExtractsTheMainTextAndDropsScripts()
    {
        const string page = "<html><head><meta property='og:site_name' content='The HTML Herald'><title>Vote</title></head>" +
                            "<body><nav>Home | World</nav><article><h1>Vote</h1><p>MPs voted tonight.</p><script>alert(1)</script></article></body></html>";

        var article = await GetArticleAsync(await Client.PostAsync("/api/articles", Api.Files(("page.html", Api.Utf8(page)))));

        Assert.Equal("The HTML Herald", article.GetProperty("outlet").GetString());
        Assert.Equal("Vote\n\nMPs voted tonight.", article.GetProperty("text").GetString());
    }

    [Fact]
    public async Task PostJson_Answers201WithTheNewId()
    {
        var response = await Client.PostAsJsonAsync("/api/articles", new
        {
            outlet = "JSON Journal",
            text = "A calm and peaceful march.",
            title = "March",
            published = "2024-02-21",
            eventIds = new[] { "opposition-day-2024-02-21" },
        });

        var body = await response.JsonAsync();
        var article = await GetArticleAsync(response);

        Assert.Equal(body.GetProperty("id").GetInt32(), article.GetProperty("id").GetInt32());
        Assert.Equal("opposition-day-2024-02-21", article.GetProperty("events")[0].GetProperty("id").GetString());
    }

    [Fact]
    public async Task PostSeveralFiles_OneBad_StoresTheOthersAndNamesTheBadOne()
    {
        var before = await Api.ArticleCountAsync(Client);

        var response = await Client.PostAsync("/api/articles", Api.Files(
            ("good-one.txt", Api.Utf8("First good article.")), ("empty.txt", []), ("good-two.txt", Api.Utf8("Second good article.")))
            .With("outlet", "Batch Bugle"));
        var results = (await response.JsonAsync()).GetProperty("results").EnumerateArray().ToList();

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal(before + 2, await Api.ArticleCountAsync(Client));
        Assert.Equal([true, false, true], results.Select(r => r.GetProperty("accepted").GetBoolean()));
        Assert.StartsWith("empty.txt: the file is empty", results[1].GetProperty("error").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task PostWithNewEvent_CreatesTheEventAndShowsItOnTheDashboard()
    {
        await Client.PostAsync("/api/articles", Api.Files(("x.txt", Api.Utf8("A new thing happened."))).With("outlet", "Event Echo")
            .With("newEvent", "Council budget vote"));

        var comparison = await Client.GetFromJsonAsync<JsonElement>("/api/events/council-budget-vote/comparison");

        Assert.Equal("Event Echo", comparison.GetProperty("outlets")[0].GetProperty("outlet").GetString());
    }
}
