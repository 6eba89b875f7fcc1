using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Threading.Channels;
using BiasDashboard.Web.Dashboard;
using BiasDashboard.Web.Tests.Hubs;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace BiasDashboard.Web.Tests.Events.Comparison;

/// <summary>
/// The dashboard part of <c>GET /api/events/{id}/comparison</c> (and of the dashboard page) is kept with the comparison
/// instead of being read from every sentence on every request. After every kind of change it is, once its rebuild is
/// kept, exactly what a fresh build from the database gives, one bar per outlet and pooled by a tag axis alike; until
/// then it is the last one, marked updating, and a ComparisonReady push for the dashboard part says when it is kept.
/// </summary>
public sealed class CachedDashboardTests() : WebAppTest(new Dictionary<string, string?> { ["Admin:Token"] = Token })
{
    private const string Token = "cached-dashboard-test-token-not-a-secret";
    private const string SnpVote = "snp-amendment-2023-11-15";
    private const string Bethnal = "ge2024-bethnal-green";
    private readonly CancellationTokenSource _timeout = new(TimeSpan.FromSeconds(60)); // a hung wait fails, never hangs the run
    private HubConnection _hub = null!;
    private ChannelReader<JsonElement> _ready = null!;

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        await TagReachAsync(o => o == "Roman Road London" ? "hyperlocal" : "national", _ => true);
        _hub = await TestHub.ConnectAsync(App.Server, _timeout.Token);
        _ready = _hub.Calls<JsonElement>("ComparisonReady", r => r.GetProperty("part").GetString() == "dashboard");
        foreach (var id in new[] { SnpVote, Bethnal })
        {
            await _hub.InvokeAsync("WatchEvent", id, _timeout.Token);
        }
    }

    [Fact]
    public async Task AfterAnUpload_TheServedDashboardIsAFreshBuild_AndOnThisInstanceAtOnce()
    {
        var before = await ServedAsync(SnpVote, null);
        await ServedAsync(SnpVote, "reach");

        var text = Api.Utf8("The amendment failed by 294 to 125 votes, MPs said.");
        var upload = await Client.PostAsync("/api/articles",
            Api.Files(("fresh.txt", text)).With("outlet", "Cache Courier").With("eventIds", SnpVote), _timeout.Token);
        var atOnce = await ServedAsync(SnpVote, null);

        Assert.True(upload.IsSuccessStatusCode);
        Assert.False(atOnce.GetProperty("updating").GetBoolean()); // the upload's own push built it, and it was kept
        Assert.Contains("Cache Courier", Outlets(atOnce));
        Assert.True(atOnce.GetProperty("version").GetInt64() > before.GetProperty("version").GetInt64());
        await AssertServedIsFreshAsync(SnpVote, null);
        await AssertServedIsFreshAsync(SnpVote, "reach");
    }

    [Fact]
    public async Task AfterAnEdit_TheServedDashboardIsAFreshBuild()
    {
        await ServedAsync(SnpVote, null);
        await ServedAsync(SnpVote, "reach");

        var edit = await Client.SendAsync(
            Admin(HttpMethod.Put, $"/api/events/{SnpVote}", new { title = "Renamed for the cache" }), _timeout.Token);

        Assert.Equal(HttpStatusCode.NoContent, edit.StatusCode);
        Assert.Equal("Renamed for the cache", (await AssertServedIsFreshAsync(SnpVote, null)).GetProperty("title").GetString());
        Assert.Equal("Renamed for the cache", (await AssertServedIsFreshAsync(SnpVote, "reach")).GetProperty("title").GetString());
    }

    [Fact]
    public async Task AfterAMerge_TheMergedEventIsGoneAtOnce_AndTheTargetIsAFreshBuild()
    {
        var target = await ServedAsync(Bethnal, null);
        await ServedAsync(Bethnal, "reach");
        await ServedAsync(SnpVote, null);
        await ServedAsync(SnpVote, "reach");

        var merge = await Client.SendAsync(Admin(HttpMethod.Post, $"/api/events/{SnpVote}/merge", new { into = Bethnal }), _timeout.Token);
        var merged = await AssertServedIsFreshAsync(Bethnal, null);

        Assert.Equal(HttpStatusCode.NoContent, merge.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await Client.GetAsync($"/api/events/{SnpVote}/comparison?only=dashboard")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await Client.GetAsync($"/api/events/{SnpVote}/comparison?by=reach")).StatusCode);
        Assert.True(merged.GetProperty("articles").GetArrayLength() > target.GetProperty("articles").GetArrayLength());
        await AssertServedIsFreshAsync(Bethnal, "reach");
    }

    [Fact]
    public async Task AfterADelete_TheEventIsGoneAtOnce()
    {
        await ServedAsync(SnpVote, null);
        await ServedAsync(SnpVote, "reach");
        await Client.GetAsync($"/api/events/{SnpVote}/comparison", _timeout.Token);

        var delete = await Client.SendAsync(Admin(HttpMethod.Delete, $"/api/events/{SnpVote}"), _timeout.Token);

        Assert.Equal(HttpStatusCode.NoContent, delete.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await Client.GetAsync($"/api/events/{SnpVote}/comparison", _timeout.Token)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound,
            (await Client.GetAsync($"/api/events/{SnpVote}/comparison?only=dashboard&by=reach", _timeout.Token)).StatusCode);
    }

    [Fact]
    public async Task AfterRescoringWithANewLexicon_TheServedFramingIsAFreshBuild()
    {
        var before = await ServedAsync(SnpVote, null);
        await ServedAsync(SnpVote, "reach");
        await using var hub = await TestHub.ConnectAsync(App.Server, _timeout.Token);
        var progress = hub.Calls<JsonElement>("RescoreProgress");
        var lexicon = await Client.GetStringAsync("/api/lexicon", _timeout.Token);

        var put = new HttpRequestMessage(HttpMethod.Put, "/api/lexicon")
        {
            Content = new StringContent(lexicon.Replace("\"showdown\"", "\"showdown\", \"vote\"", StringComparison.Ordinal),
                System.Text.Encoding.UTF8, "application/json"),
        };
        put.Headers.Authorization = new AuthenticationHeaderValue("Bearer", Token);
        Assert.Equal(HttpStatusCode.Accepted, (await Client.SendAsync(put, _timeout.Token)).StatusCode);
        JsonElement last;
        do
        {
            last = await progress.ReadAsync(_timeout.Token);
        }
        while (last.GetProperty("done").GetInt32() < last.GetProperty("total").GetInt32());
        var after = await AssertServedIsFreshAsync(SnpVote, null);

        Assert.NotEqual(before.GetProperty("framing").GetProperty("lexiconVersion").GetInt32(),
            after.GetProperty("framing").GetProperty("lexiconVersion").GetInt32());
        Assert.NotEqual(Heatmap(before), Heatmap(after)); // "vote" is now counted as framing
        await AssertServedIsFreshAsync(SnpVote, "reach");
    }

    [Fact]
    public async Task AfterTagsChange_TheDashboardPooledByThatAxisIsAFreshBuild()
    {
        var before = await ServedAsync(SnpVote, "reach");

        await TagReachAsync(_ => "international", o => o == "The National");
        var after = await AssertServedIsFreshAsync(SnpVote, "reach");

        Assert.Equal(["hyperlocal", "national"], Outlets(before));
        Assert.Equal(["hyperlocal", "international", "national"], Outlets(after));
    }

    /// <summary>
    /// Waits until the served dashboard is no longer marked updating (each wait is for a ComparisonReady push, never a
    /// sleep), then asserts it equals a dashboard built from the database now, but for its version stamp.
    /// </summary>
    private async Task<JsonElement> AssertServedIsFreshAsync(string eventId, string? by)
    {
        var served = await ServedAsync(eventId, by);
        while (served.GetProperty("updating").GetBoolean())
        {
            while ((await _ready.ReadAsync(_timeout.Token)).GetProperty("eventId").GetString() != eventId)
            {
            }

            served = await ServedAsync(eventId, by);
        }

        await using var scope = App.Services.CreateAsyncScope();
        var fresh = await scope.ServiceProvider.GetRequiredService<EventDashboardQuery>().BuildAsync(eventId, _timeout.Token, by);
        var json = App.Services.GetRequiredService<IOptions<Microsoft.AspNetCore.Http.Json.JsonOptions>>().Value.SerializerOptions;
        Assert.NotNull(fresh);
        Assert.Equal(WithoutStamps(JsonSerializer.SerializeToElement(fresh, json)), WithoutStamps(served));
        return served;
    }

    private static string WithoutStamps(JsonElement dashboard)
    {
        var node = JsonNode.Parse(dashboard.GetRawText())!.AsObject();
        node.Remove("version");
        node.Remove("updating");
        return node.ToJsonString();
    }

    private async Task<JsonElement> ServedAsync(string eventId, string? by) =>
        await Client.GetFromJsonAsync<JsonElement>(
            $"/api/events/{eventId}/comparison?only=dashboard{(by is null ? "" : "&by=" + by)}", Api.Json, _timeout.Token);

    private static List<string?> Outlets(JsonElement dashboard) =>
        dashboard.GetProperty("outlets").EnumerateArray().Select(o => o.GetProperty("outlet").GetString()).ToList();

    private static string Heatmap(JsonElement dashboard) =>
        dashboard.GetProperty("framing").GetProperty("total").GetProperty("figure").GetProperty("data")[0].GetProperty("z").GetRawText();

    private async Task TagReachAsync(Func<string, string> reach, Func<string, bool> which)
    {
        var outlets = await Client.GetFromJsonAsync<JsonElement>("/api/outlets", Api.Json, _timeout.Token);
        foreach (var o in outlets.EnumerateArray().Where(o => which(o.GetProperty("name").GetString()!)))
        {
            var response = await Client.SendAsync(Admin(HttpMethod.Put, $"/api/outlets/{o.GetProperty("id").GetInt32()}/tags",
                new Dictionary<string, string> { ["reach"] = reach(o.GetProperty("name").GetString()!) }), _timeout.Token);
            Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        }
    }

    private static HttpRequestMessage Admin(HttpMethod method, string url, object? body = null)
    {
        var request = new HttpRequestMessage(method, url) { Content = body is null ? null : JsonContent.Create(body) };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", Token);
        return request;
    }
}
