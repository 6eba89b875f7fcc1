using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

namespace BiasDashboard.Web.Tests.Events.Comparison;

public sealed class ComparisonApiTests() : WebAppTest(new Dictionary<string, string?> { ["Admin:Token"] = Token })
{
    private const string Token = "comparison-test-token-not-a-secret";
    private const string SnpVote = "snp-amendment-2023-11-15";

    private async Task<JsonElement> ComparisonAsync(string query = "") =>
        (await Client.GetFromJsonAsync<JsonElement>($"/api/events/{SnpVote}/comparison{query}", Api.Json)).GetProperty("comparison");

    private static HttpRequestMessage Admin(HttpMethod method, string url, object? body = null)
    {
        var request = new HttpRequestMessage(method, url) { Content = body is null ? null : JsonContent.Create(body) };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", Token);
        return request;
    }

    private static Dictionary<string, string> ValuesByColumn(JsonElement row) =>
        row.GetProperty("cells").EnumerateArray().Where(c => c.GetProperty("status").GetString() != "Omits")
            .ToDictionary(c => c.GetProperty("column").GetString()!, c => c.GetProperty("values")[0].GetString()!);

    [Fact]
    public async Task Comparison_SeedVote_SurfacesTheFactsTheOutletsDisagreeOn()
    {
        var comparison = await ComparisonAsync();
        var differences = comparison.GetProperty("comparison").GetProperty("differences").EnumerateArray()
            .ToDictionary(d => d.GetProperty("key").GetString()!);

        Assert.Equal("294–125", ValuesByColumn(differences["tally:motion"])["Roman Road London"]);
        Assert.Equal("293–125", ValuesByColumn(differences["tally:motion"])["The National"]);
        Assert.Equal("10", ValuesByColumn(differences["frontbenchers:resigned"])["Daily Express"]);
        Assert.Equal("8", ValuesByColumn(differences["frontbenchers:resigned"])["Roman Road London"]);
        Assert.Equal("voted against", ValuesByColumn(differences["stance:rushanara-ali"])["Daily Express"]);
        foreach (var column in comparison.GetProperty("comparison").GetProperty("columns").EnumerateArray())
        {
            var spread = column.GetProperty("loadedLanguageSpread"); // every outlet figure shows its spread
            Assert.InRange(column.GetProperty("loadedLanguageIndex").GetDouble(), spread.GetProperty("low").GetDouble() - 0.01, spread.GetProperty("high").GetDouble() + 0.01);
        }
        Assert.Equal("abstained", ValuesByColumn(differences["stance:rushanara-ali"])["Middle East Eye"]);
    }

    [Fact]
    public async Task Comparison_CarriesTheQuotationCoverage()
    {
        var comparison = (await ComparisonAsync()).GetProperty("comparison");

        var coverage = comparison.GetProperty("coverage");
        var perColumn = comparison.GetProperty("voices").EnumerateArray().Sum(v => v.GetProperty("quotations").GetInt32());
        Assert.Equal(perColumn, coverage.GetProperty("quotations").GetInt32());
        Assert.InRange(coverage.GetProperty("unattributed").GetInt32(), 0, perColumn);
        Assert.True(perColumn > 0);
    }

    [Fact]
    public async Task Comparison_EveryReferenceIsAnArticleOfTheEventAndASentenceItHas()
    {
        var comparison = (await ComparisonAsync()).GetProperty("comparison");
        var sentenceCounts = comparison.GetProperty("columns").EnumerateArray()
            .SelectMany(c => c.GetProperty("articles").EnumerateArray())
            .ToDictionary(a => a.GetProperty("key").GetString()!, a => a.GetProperty("sentences").GetInt32());

        var refs = comparison.GetProperty("actors").EnumerateArray().SelectMany(a => a.GetProperty("cells").EnumerateArray())
            .SelectMany(c => c.GetProperty("sentences").EnumerateArray())
            .Select(r => (Article: r.GetProperty("article").GetString()!, Sentence: r.GetProperty("sentence").GetInt32()))
            .ToList();
        Assert.NotEmpty(refs);
        Assert.All(refs, r => Assert.InRange(r.Sentence, 0, sentenceCounts[r.Article] - 1));
    }

    [Fact]
    public async Task Comparison_AfterAnUploadOrAnEdit_IsBuiltAgainNotServedStale()
    {
        static IEnumerable<string?> Columns(JsonElement c) => c.GetProperty("comparison").GetProperty("columns").EnumerateArray().Select(x => x.GetProperty("name").GetString());
        Assert.DoesNotContain("Fresh Times", Columns(await ComparisonAsync()));

        await Client.PostAsync("/api/articles", Api.Files(("fresh.txt", Api.Utf8("The amendment failed by 294 to 125 votes."))).With("outlet", "Fresh Times").With("eventIds", SnpVote));
        var afterUpload = await ComparisonAsync();
        await Client.SendAsync(Admin(HttpMethod.Put, $"/api/events/{SnpVote}", new { title = "Renamed vote" }));
        var afterRename = await ComparisonAsync();

        Assert.Contains("Fresh Times", Columns(afterUpload));
        Assert.Equal("Renamed vote", afterRename.GetProperty("title").GetString());
    }

    [Fact]
    public async Task Comparison_OnlyDashboard_LeavesTheComparisonOut()
    {
        var dashboard = await Client.GetFromJsonAsync<JsonElement>($"/api/events/{SnpVote}/comparison?only=dashboard", Api.Json);

        Assert.False(dashboard.TryGetProperty("comparison", out _));
        Assert.Equal(4, dashboard.GetProperty("outlets").GetArrayLength());
    }

    [Fact]
    public async Task Comparison_GroupedByATagAxis_HasOneColumnPerTagValue()
    {
        var outlets = await Client.GetFromJsonAsync<JsonElement>("/api/outlets", Api.Json);
        int IdOf(string name) => outlets.EnumerateArray().Single(o => o.GetProperty("name").GetString() == name).GetProperty("id").GetInt32();
        foreach (var (name, reach) in new[] { ("Roman Road London", "hyperlocal"), ("Daily Express", "national"), ("The National", "international") })
        {
            var response = await Client.SendAsync(Admin(HttpMethod.Put, $"/api/outlets/{IdOf(name)}/tags", new Dictionary<string, string> { ["reach"] = reach }));
            Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        }

        var comparison = await ComparisonAsync("?by=reach");

        Assert.Equal("reach", comparison.GetProperty("groupedBy").GetString());
        Assert.Equal(["(no reach)", "hyperlocal", "international", "national"],
            comparison.GetProperty("comparison").GetProperty("columns").EnumerateArray().Select(c => c.GetProperty("name").GetString()).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Dashboard_GroupedByATagAxis_PoolsOutletsInEveryChart()
    {
        var outlets = await Client.GetFromJsonAsync<JsonElement>("/api/outlets", Api.Json);
        foreach (var o in outlets.EnumerateArray())
        {
            var reach = o.GetProperty("name").GetString() == "Roman Road London" ? "hyperlocal" : "national";
            await Client.SendAsync(Admin(HttpMethod.Put, $"/api/outlets/{o.GetProperty("id").GetInt32()}/tags", new Dictionary<string, string> { ["reach"] = reach }));
        }

        var dashboard = await Client.GetFromJsonAsync<JsonElement>($"/api/events/{SnpVote}/comparison?only=dashboard&by=reach", Api.Json);
        var page = await Client.GetStringAsync($"/?event={SnpVote}&by=reach");

        Assert.Equal("reach", dashboard.GetProperty("groupedBy").GetString());
        Assert.Equal(["hyperlocal", "national"], dashboard.GetProperty("outlets").EnumerateArray().Select(o => o.GetProperty("outlet").GetString()));
        Assert.Equal(3, dashboard.GetProperty("outlets")[1].GetProperty("articles").GetInt32());
        Assert.Equal(["hyperlocal", "national"], dashboard.GetProperty("figures").GetProperty("compound").GetProperty("figure").GetProperty("data")[0].GetProperty("x").EnumerateArray().Select(x => x.GetString()));
        Assert.Contains("pooled by reach", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TeacherFact_AppearsInTheLedgerWithEachOutletsRelationToIt()
    {
        var added = await Client.SendAsync(Admin(HttpMethod.Post, $"/api/events/{SnpVote}/facts",
            new { statement = "Rushanara Ali abstained", terms = "Ali, abstain", contradictTerms = "Ali, voted against" }));
        Assert.Equal(HttpStatusCode.Created, added.StatusCode);

        var ledger = (await ComparisonAsync()).GetProperty("comparison").GetProperty("ledger");
        var row = ledger[0];
        var status = row.GetProperty("cells").EnumerateArray().ToDictionary(c => c.GetProperty("column").GetString()!, c => c.GetProperty("status").GetString());

        Assert.True(row.GetProperty("fromTeacher").GetBoolean());
        Assert.Equal("Contradicts", status["Daily Express"]);
        Assert.Equal("States", status["Roman Road London"]);
        Assert.Equal("Omits", status["The National"]);
    }
}
