using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.SignalR.Client;

namespace BiasDashboard.Web.Tests.Hubs;

public sealed class DashboardHubTests() : WebAppTest()
{
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
}
