using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.SignalR.Client;

namespace BiasDashboard.Web.Tests.Hubs;

public sealed class DashboardHubTests() : WebAppTest(new Dictionary<string, string?> { ["Admin:Token"] = Token })
{
    private const string Token = "hub-test-token-not-a-secret";
    private const string Event = "snp-amendment-2023-11-15";

    [Fact]
    public async Task Upload_PushesTheNewDashboardToPagesWatchingTheEvent()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        await using var hub = await TestHub.ConnectAsync(App.Server, timeout.Token);
        var updates = hub.Calls<JsonElement>("EventUpdated");
        await hub.InvokeAsync("WatchEvent", Event, timeout.Token);
        var before = await Client.GetFromJsonAsync<JsonElement>($"/api/events/{Event}/comparison");

        await Client.PostAsJsonAsync("/api/articles", new { outlet = "Live Ledger", text = "A peaceful vigil was held.", eventIds = new[] { Event } });
        var pushed = await updates.ReadAsync(timeout.Token);

        Assert.Equal(Event, pushed.GetProperty("eventId").GetString());
        Assert.True(pushed.GetProperty("version").GetInt64() > before.GetProperty("version").GetInt64());
        Assert.Contains("Live Ledger", pushed.GetProperty("figures").GetProperty("compound").GetProperty("figure").GetProperty("data")[0]
            .GetProperty("x").EnumerateArray().Select(x => x.GetString()));
    }

    [Fact]
    public async Task Upload_ToAnotherEvent_IsNotPushedToThisOne()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        await using var hub = await TestHub.ConnectAsync(App.Server, timeout.Token);
        var updates = hub.Calls<JsonElement>("EventUpdated");
        await hub.InvokeAsync("WatchEvent", Event, timeout.Token);

        await Client.PostAsJsonAsync("/api/articles", new { outlet = "Elsewhere Echo", text = "Other news.", eventIds = new[] { "ge2024-bethnal-green" } });
        await Client.PostAsJsonAsync("/api/articles", new { outlet = "Right Here Review", text = "This event's news.", eventIds = new[] { Event } });
        var pushed = await updates.ReadAsync(timeout.Token);

        Assert.Equal(Event, pushed.GetProperty("eventId").GetString());
        Assert.Contains("Right Here Review", pushed.GetProperty("outlets").EnumerateArray().Select(o => o.GetProperty("outlet").GetString()));
    }

    [Fact]
    public async Task NewEvent_TellsEveryPageToRefreshItsEventPicker()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        await using var hub = await TestHub.ConnectAsync(App.Server, timeout.Token);
        var eventsChanged = hub.Calls("EventsChanged");

        await Client.PostAsync("/api/articles", Api.Files(("n.txt", Api.Utf8("Brand new."))).With("outlet", "Picker Post").With("newEvent", "A fresh event"));

        Assert.Equal("EventsChanged", await eventsChanged.ReadAsync(timeout.Token));
    }

    // Event commands announce their saved changes and the dashboard pushes them, as an upload's are.
    [Fact]
    public async Task EventRenamed_PushesTheRenamedDashboardToItsWatchers_AndRefreshesEveryPicker()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        await using var hub = await TestHub.ConnectAsync(App.Server, timeout.Token);
        var updates = hub.Calls<JsonElement>("EventUpdated");
        var eventsChanged = hub.Calls("EventsChanged");
        await hub.InvokeAsync("WatchEvent", Event, timeout.Token);

        var response = await Client.SendAsync(Teacher(HttpMethod.Put, $"/api/events/{Event}", new { title = "The amendment vote, renamed" }));
        var pushed = await updates.ReadAsync(timeout.Token);

        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
        Assert.Equal(Event, pushed.GetProperty("eventId").GetString());
        Assert.Equal("The amendment vote, renamed", pushed.GetProperty("title").GetString());
        Assert.Equal("EventsChanged", await eventsChanged.ReadAsync(timeout.Token));
    }

    [Fact]
    public async Task EventMergedIntoThisOne_PushesThisDashboardWithTheMergedArticles()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        await using var hub = await TestHub.ConnectAsync(App.Server, timeout.Token);
        var updates = hub.Calls<JsonElement>("EventUpdated");
        await hub.InvokeAsync("WatchEvent", Event, timeout.Token);
        var before = await Client.GetFromJsonAsync<JsonElement>($"/api/events/{Event}/comparison?only=dashboard");
        var merged = await Client.GetFromJsonAsync<JsonElement>("/api/events/opposition-day-2024-02-21/comparison?only=dashboard");

        var response = await Client.SendAsync(Teacher(HttpMethod.Post, "/api/events/opposition-day-2024-02-21/merge", new { into = Event }));
        var pushed = await updates.ReadAsync(timeout.Token);

        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
        Assert.Equal(Event, pushed.GetProperty("eventId").GetString());
        Assert.Equal(ArticleIds(before).Union(ArticleIds(merged)).Order(), ArticleIds(pushed).Order());
        Assert.NotEmpty(ArticleIds(merged).Except(ArticleIds(before)));
    }

    private static IEnumerable<int> ArticleIds(JsonElement dashboard) =>
        dashboard.GetProperty("articles").EnumerateArray().Select(a => a.GetProperty("id").GetInt32());

    private static HttpRequestMessage Teacher(HttpMethod method, string url, object body)
    {
        var request = new HttpRequestMessage(method, url) { Content = JsonContent.Create(body) };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", Token);
        return request;
    }
}
