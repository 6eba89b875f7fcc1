using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace BiasDashboard.Web.Tests.Events;

public sealed class EventGroupingTests : WebAppTest
{
    private static readonly (string Name, string Text)[] Unlabelled =
    [
        ("bins-1.md", "---\ndate: 2024-03-04\ntitle: Bin strike enters second week\n---\nRefuse collectors in Leeds continued their bin strike over pay as rubbish piled up in the streets and the council's offer was rejected."),
        ("bins-2.md", "---\ndate: 2024-03-05\ntitle: Rubbish piles up in Leeds\n---\nRubbish piled up across Leeds as the bin strike by refuse collectors over council pay went on, and the refuse collectors rejected the council's offer."),
        ("derby-1.md", "---\ndate: 2024-03-03\ntitle: United win the derby\n---\nUnited beat City in the derby at Old Trafford as the striker scored twice and the goalkeeper saved a late penalty."),
        ("derby-2.md", "---\ndate: 2024-03-03\ntitle: Derby delight at Old Trafford\n---\nThe striker scored twice as United beat City in the derby at Old Trafford, where the goalkeeper saved a late penalty."),
        ("vote.md", "---\ndate: 2023-11-16\ntitle: Labour frontbenchers quit over Gaza ceasefire vote\n---\nEight Labour frontbenchers resigned after the SNP amendment calling for a ceasefire in Gaza failed in the Commons. Keir Starmer had ordered his MPs to abstain on the SNP motion, and 56 Labour MPs rebelled to back a ceasefire."),
    ];

    private async Task<List<JsonElement>> UploadFolderAsync()
    {
        var form = Api.Files(Unlabelled.Select(f => (f.Name, Api.Utf8(f.Text))).ToArray()).With("outlet", "Northern Post").With("autoEvent", "true");
        var response = await Client.PostAsync("/api/articles", form);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.JsonAsync()).GetProperty("results").EnumerateArray().ToList();
    }

    private async Task<string[]> EventsOfAsync(int articleId) =>
        (await Client.GetFromJsonAsync<JsonElement>($"/api/articles/{articleId}", Api.Json)).GetProperty("events").EnumerateArray()
            .Select(e => e.GetProperty("id").GetString()!).ToArray();

    [Fact]
    public async Task UploadingAnUnlabelledFolder_GroupsItIntoEventsAPersonWouldAgreeWith()
    {
        var results = await UploadFolderAsync();
        var events = new Dictionary<string, string[]>();
        foreach (var r in results)
        {
            events[r.GetProperty("file").GetString()!] = await EventsOfAsync(r.GetProperty("articleId").GetInt32());
        }

        Assert.All(events.Values, e => Assert.Single(e));
        Assert.Equal(events["bins-1.md"], events["bins-2.md"]);
        Assert.Equal(events["derby-1.md"], events["derby-2.md"]);
        Assert.NotEqual(events["bins-1.md"], events["derby-1.md"]);
        var titles = (await Client.GetFromJsonAsync<JsonElement>("/api/events", Api.Json)).EnumerateArray().Select(e => e.GetProperty("title").GetString()).ToList();
        // A new event is named from what its outlets' headlines and texts share, with the earliest date, not after one outlet's headline.
        Assert.Contains("Derby: Old Trafford, City (3 Mar 2024)", titles);
        Assert.DoesNotContain("United win the derby", titles);
    }

    [Fact]
    public async Task Plan_SaysWhereEachFileWouldGoWithItsSimilarity_AndStoresNothing()
    {
        var form = Api.Files(("vote.md", Api.Utf8(Unlabelled[4].Text)), ("derby-1.md", Api.Utf8(Unlabelled[2].Text)), ("empty.txt", []));

        var plan = (await (await Client.PostAsync("/api/articles/plan", form)).JsonAsync()).EnumerateArray().ToDictionary(p => p.GetProperty("file").GetString()!);

        // The seeds' SNP event holds long articles that each cover several events, so a 40-word report is not like them
        // on average: it is proposed as new, and the reason names the stored event as the closest, one click away.
        var vote = plan["vote.md"].GetProperty("reason");
        Assert.Equal("snp-amendment-2023-11-15", vote.GetProperty("closestEventId").GetString());
        Assert.InRange(vote.GetProperty("closestSimilarity").GetDouble(), 0.01, vote.GetProperty("cut").GetDouble());
        Assert.Equal("2023-11-16", vote.GetProperty("date").GetString());
        Assert.Equal(JsonValueKind.Array, plan["vote.md"].GetProperty("missing").ValueKind);
        Assert.Equal(["outlet"], plan["vote.md"].GetProperty("missing").EnumerateArray().Select(m => m.GetString()));
        Assert.StartsWith("United", plan["derby-1.md"].GetProperty("newEventTitle").GetString(), StringComparison.Ordinal);
        Assert.Equal("2024-03-03", plan["derby-1.md"].GetProperty("newEventDate").GetString());
        Assert.Contains("empty", plan["empty.txt"].GetProperty("error").GetString(), StringComparison.Ordinal);
        Assert.Equal(5, await Api.ArticleCountAsync(Client));
    }

    [Fact]
    public async Task Plan_OffersToSplitAListingPageIntoItsArticles()
    {
        var page = await File.ReadAllBytesAsync(Api.Seed("002_303351f91084d598.txt"));

        var plan = (await (await Client.PostAsync("/api/articles/plan", Api.Files(("listing.txt", page)))).JsonAsync()).EnumerateArray().ToList();

        Assert.Equal(8, plan.Count);
        Assert.All(plan, p => Assert.Equal(8, p.GetProperty("parts").GetInt32()));
        Assert.Equal("Tories and Labour unite to protect Israel in ceasefire vote", plan[0].GetProperty("title").GetString());
        Assert.Equal("Museum workers start historic strike in Liverpool", plan[2].GetProperty("title").GetString());
    }

    [Fact]
    public async Task Upload_WithSplit_StoresEachArticleOfTheListingPageSeparately()
    {
        var page = await File.ReadAllBytesAsync(Api.Seed("002_303351f91084d598.txt"));

        var all = await Client.PostAsync("/api/articles", Api.Files(("listing.txt", page)).With("outlet", "Socialist Worker").With("split", "all"));
        var lead = await Client.PostAsync("/api/articles", Api.Files(("listing.txt", page)).With("outlet", "Socialist Worker").With("split", "2"));

        var stored = (await all.JsonAsync()).GetProperty("results").EnumerateArray().ToList();
        Assert.Equal(8, stored.Count);
        Assert.All(stored, r => Assert.True(r.TryGetProperty("articleId", out var id) && id.ValueKind == JsonValueKind.Number));
        var museum = (await lead.JsonAsync()).GetProperty("results")[0];
        Assert.Equal("Museum workers start historic strike in Liverpool", museum.GetProperty("title").GetString());
        var article = await Client.GetFromJsonAsync<JsonElement>($"/api/articles/{museum.GetProperty("articleId").GetInt32()}", Api.Json);
        Assert.StartsWith("Museum workers start historic strike", article.GetProperty("text").GetString(), StringComparison.Ordinal);
        Assert.DoesNotContain("Tories and Labour unite", article.GetProperty("text").GetString(), StringComparison.Ordinal);
        Assert.Equal(5 + 8 + 1, await Api.ArticleCountAsync(Client));
    }

    [Fact]
    public async Task Upload_SplitNamingNoPart_IsRefusedAndStoresNothing()
    {
        var page = await File.ReadAllBytesAsync(Api.Seed("002_303351f91084d598.txt"));

        var response = await Client.PostAsync("/api/articles", Api.Files(("listing.txt", page)).With("outlet", "Socialist Worker").With("split", "42"));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains("names no part", (await response.JsonAsync()).GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(5, await Api.ArticleCountAsync(Client));
    }

    [Fact]
    public async Task EventPage_OfARunningStorysLaterEvent_LinksTheEventItFollows()
    {
        // A fraud trial's opening and, three weeks later, its verdict (three outlets each, from the grouping corpus).
        var folder = CorpusFolder(Path.Combine("tests", "corpora", "events", "articles"));
        var files = Directory.GetFiles(folder, "*.md").Where(f => Path.GetFileName(f) is var n && (n.StartsWith("e10-", StringComparison.Ordinal) || n.StartsWith("e12-", StringComparison.Ordinal))).Order(StringComparer.Ordinal)
            .Select(f => (Path.GetFileName(f), File.ReadAllBytes(f))).ToArray();
        var upload = await Client.PostAsync("/api/articles", Api.Files(files).With("autoEvent", "true"));
        Assert.True(upload.StatusCode == HttpStatusCode.Created, await upload.Content.ReadAsStringAsync());
        var results = (await upload.JsonAsync()).GetProperty("results").EnumerateArray().ToList();
        var verdict = results.First(r => r.GetProperty("file").GetString()!.StartsWith("e12", StringComparison.Ordinal)).GetProperty("articleId").GetInt32();
        var opening = results.First(r => r.GetProperty("file").GetString()!.StartsWith("e10", StringComparison.Ordinal)).GetProperty("articleId").GetInt32();
        var verdictEvent = Assert.Single(await EventsOfAsync(verdict));
        var openingEvent = Assert.Single(await EventsOfAsync(opening));
        Assert.NotEqual(verdictEvent, openingEvent); // two events of one story, not one blob

        var page = await Client.GetStringAsync($"/events/{Uri.EscapeDataString(verdictEvent)}");

        Assert.Contains("follows: <a href=\"/events/" + Uri.EscapeDataString(openingEvent) + "\"", page, StringComparison.Ordinal);
        var earlier = await Client.GetStringAsync($"/events/{Uri.EscapeDataString(openingEvent)}");
        Assert.Contains("followed by:", earlier, StringComparison.Ordinal);
    }

    // The repository's copy: the test output holds a copy of seeds/ but not of the corpora.
    private static string CorpusFolder(string relative)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (Directory.Exists(Path.Combine(dir.FullName, relative)))
            {
                return Path.Combine(dir.FullName, relative);
            }
        }

        throw new DirectoryNotFoundException(relative + " was not found above " + AppContext.BaseDirectory);
    }
}
