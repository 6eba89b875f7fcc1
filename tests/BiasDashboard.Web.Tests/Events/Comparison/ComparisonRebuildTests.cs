using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Threading.Channels;
using BiasDashboard.Web.Events.Comparison;
using BiasDashboard.Web.Tests.Hubs;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace BiasDashboard.Web.Tests.Events.Comparison;

/// <summary>
/// The comparison is rebuilt off the request path: after a change, requests get the last good comparison marked as
/// updating until the new one is built, then the watchers are told. The real builder runs behind a gate the test holds
/// open or shut, so "while the rebuild runs" is a state the test waits for, not a moment it guesses.
/// </summary>
public sealed class ComparisonRebuildTests() : WebAppTest(new Dictionary<string, string?> { ["Admin:Token"] = Token })
{
    private const string Token = "rebuild-test-token-not-a-secret";
    private const string SnpVote = "snp-amendment-2023-11-15";
    private readonly BuildGate _gate = new();
    private readonly CancellationTokenSource _timeout = new(TimeSpan.FromSeconds(60)); // a hung test fails instead of hanging the run
    private WebApplicationFactory<Program> _app = null!;
    private HttpClient _client = null!;

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        _app = App.WithWebHostBuilder(b => b.ConfigureTestServices(s =>
        {
            s.AddScoped<ComparisonBuilder>();
            s.AddScoped<IComparisonBuilder>(sp => new GatedBuilder(sp.GetRequiredService<ComparisonBuilder>(), _gate));
        }));
        _client = _app.CreateClient();
    }

    [Fact]
    public async Task Comparison_WhileItIsRebuiltAfterAnUpload_IsTheLastOneMarkedUpdating_ThenTheNewOneIsPushedAndServed()
    {
        await using var hub = await WatchAsync();
        var ready = hub.Calls<JsonElement>("ComparisonReady", IsForTheComparison);
        var before = await ComparisonAsync();

        _gate.Hold();
        await UploadAsync("Fresh Times");
        await _gate.Started.ReadAsync(_timeout.Token); // the rebuild is running, and held there
        var during = await ComparisonAsync();
        var pageDuring = await _client.GetStringAsync($"/events/{SnpVote}", _timeout.Token);
        _gate.Release();
        var pushed = await ready.ReadAsync(_timeout.Token);
        var after = await ComparisonAsync();
        var pageAfter = await _client.GetStringAsync($"/events/{SnpVote}", _timeout.Token);

        Assert.False(before.GetProperty("updating").GetBoolean());
        Assert.True(during.GetProperty("updating").GetBoolean());
        Assert.DoesNotContain("Fresh Times", Columns(during));
        Assert.Contains("Updating…", pageDuring, StringComparison.Ordinal);
        Assert.Equal(SnpVote, pushed.GetProperty("eventId").GetString());
        Assert.False(pushed.GetProperty("failed").GetBoolean());
        Assert.False(after.GetProperty("updating").GetBoolean());
        Assert.Contains("Fresh Times", Columns(after));
        Assert.DoesNotContain("comparison-updating", pageAfter, StringComparison.Ordinal);
        Assert.Contains("Fresh Times", pageAfter, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Comparison_WhoseRebuildFails_KeepsTheLastGoodOne_SaysSo_AndTheNextChangeMendsIt()
    {
        await using var hub = await WatchAsync();
        var ready = hub.Calls<JsonElement>("ComparisonReady", IsForTheComparison);
        await ComparisonAsync();

        _gate.FailNext();
        await UploadAsync("Failing Gazette");
        var failed = await ready.ReadAsync(_timeout.Token);
        var kept = await ComparisonAsync();
        var page = await _client.GetStringAsync($"/events/{SnpVote}", _timeout.Token);
        await RenameAsync("Renamed vote");
        var mended = await ready.ReadAsync(_timeout.Token);
        var after = await ComparisonAsync();

        Assert.True(failed.GetProperty("failed").GetBoolean());
        Assert.Equal(4, Columns(kept).Count); // the four seed outlets: the last good comparison, whole
        Assert.DoesNotContain("Failing Gazette", Columns(kept));
        Assert.False(kept.GetProperty("updating").GetBoolean()); // nothing is being built now: it says so rather than "updating" for ever
        Assert.Contains("could not be rebuilt", kept.GetProperty("updateFailure").GetString(), StringComparison.Ordinal);
        Assert.Contains("comparison-update-failed", page, StringComparison.Ordinal);
        Assert.False(mended.GetProperty("failed").GetBoolean());
        Assert.Contains("Failing Gazette", Columns(after));
        Assert.Equal("Renamed vote", after.GetProperty("title").GetString());
        Assert.False(after.TryGetProperty("updateFailure", out _));
    }

    [Fact]
    public async Task Comparison_ChangedAgainDuringItsRebuild_EndsWithEveryChange()
    {
        await using var hub = await WatchAsync();
        var ready = hub.Calls<JsonElement>("ComparisonReady", IsForTheComparison);
        await ComparisonAsync();

        _gate.Hold();
        await UploadAsync("Early Edition");
        await _gate.Started.ReadAsync(_timeout.Token); // this rebuild read the event before the rename below
        await RenameAsync("Renamed while building");
        _gate.Release();
        var pushed = await ready.ReadAsync(_timeout.Token); // only a current comparison is announced
        var after = await ComparisonAsync();

        Assert.False(pushed.GetProperty("failed").GetBoolean());
        Assert.False(after.GetProperty("updating").GetBoolean());
        Assert.Contains("Early Edition", Columns(after));
        Assert.Equal("Renamed while building", after.GetProperty("title").GetString());
        Assert.Equal(3, _gate.Builds); // the first request's, the one overtaken by the rename, and the current one
    }

    [Fact]
    public async Task Comparison_FirstAskedForByManyAtOnce_IsBuiltOnceAndServedToAll()
    {
        _gate.Hold();
        var requests = Enumerable.Range(0, 5).Select(_ => ComparisonAsync()).ToList();
        await _gate.Started.ReadAsync(_timeout.Token);
        _gate.Release();
        var served = await Task.WhenAll(requests);

        Assert.All(served, c => Assert.Equal(4, Columns(c).Count));
        Assert.All(served, c => Assert.False(c.GetProperty("updating").GetBoolean()));
        Assert.Equal(1, _gate.Builds);
    }

    [Fact]
    public async Task Comparison_GroupedByATagAxis_IsRebuiltAndPushed_WhenAnOutletsTagChanges()
    {
        await using var hub = await WatchAsync();
        var ready = hub.Calls<JsonElement>("ComparisonReady", IsForTheComparison);
        var before = await ComparisonAsync("?by=reach"); // no outlet has a reach yet: one column per outlet
        var outlets = await _client.GetFromJsonAsync<JsonElement>("/api/outlets", Api.Json, _timeout.Token);
        var romanRoad = outlets.EnumerateArray().Single(o => o.GetProperty("name").GetString() == "Roman Road London").GetProperty("id");

        var request = new HttpRequestMessage(HttpMethod.Put, $"/api/outlets/{romanRoad}/tags")
        {
            Content = JsonContent.Create(new Dictionary<string, string> { ["reach"] = "hyperlocal" }),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", Token);
        var response = await _client.SendAsync(request, _timeout.Token);
        var pushed = await ready.ReadAsync(_timeout.Token);
        var after = await ComparisonAsync("?by=reach");

        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync(_timeout.Token));
        Assert.Contains("Roman Road London", Columns(before));
        Assert.Equal("reach", pushed.GetProperty("by").GetString());
        Assert.Equal(["(no reach)", "hyperlocal"], Columns(after).Order(StringComparer.Ordinal));
    }

    // The event's dashboard is kept and rebuilt beside it, and announced with part "dashboard".
    private static bool IsForTheComparison(JsonElement ready) => ready.GetProperty("part").GetString() == "comparison";

    private static List<string?> Columns(JsonElement view) =>
        view.GetProperty("comparison").GetProperty("columns").EnumerateArray().Select(x => x.GetProperty("name").GetString()).ToList();

    private async Task<JsonElement> ComparisonAsync(string query = "") =>
        (await _client.GetFromJsonAsync<JsonElement>($"/api/events/{SnpVote}/comparison{query}", Api.Json, _timeout.Token))
        .GetProperty("comparison");

    private async Task<HubConnection> WatchAsync()
    {
        var hub = await TestHub.ConnectAsync(_app.Server, _timeout.Token);
        await hub.InvokeAsync("WatchEvent", SnpVote, _timeout.Token);
        return hub;
    }

    private async Task UploadAsync(string outlet)
    {
        var response = await _client.PostAsync("/api/articles",
            Api.Files(("fresh.txt", Api.Utf8("The amendment failed by 294 to 125 votes, MPs said."))).With("outlet", outlet).With("eventIds", SnpVote), _timeout.Token);
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync(_timeout.Token));
    }

    private async Task RenameAsync(string title)
    {
        var request = new HttpRequestMessage(HttpMethod.Put, $"/api/events/{SnpVote}") { Content = JsonContent.Create(new { title }) };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", Token);
        var response = await _client.SendAsync(request, _timeout.Token);
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync(_timeout.Token));
    }

    /// <summary>Holds builds at their start while shut, tells when one is waiting there, and can make the next one fail.</summary>
    private sealed class BuildGate
    {
        private readonly Channel<bool> _started = Channel.CreateUnbounded<bool>();
        private TaskCompletionSource _open = OpenGate();
        private int _failNext;
        private int _builds;

        public ChannelReader<bool> Started => _started.Reader;

        public int Builds => Volatile.Read(ref _builds);

        public void Hold() => _open = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);

        public void Release() => _open.TrySetResult();

        public void FailNext() => Volatile.Write(ref _failNext, 1);

        public async Task PassAsync(CancellationToken ct)
        {
            Interlocked.Increment(ref _builds);
            var open = _open;
            if (!open.Task.IsCompleted)
            {
                _started.Writer.TryWrite(true);
                await open.Task.WaitAsync(ct);
            }

            if (Interlocked.Exchange(ref _failNext, 0) == 1)
            {
                throw new InvalidOperationException("the database went away (a test failure)");
            }
        }

        private static TaskCompletionSource OpenGate()
        {
            var open = new TaskCompletionSource();
            open.SetResult();
            return open;
        }
    }

    private sealed class GatedBuilder(ComparisonBuilder real, BuildGate gate) : IComparisonBuilder
    {
        public async Task<EventComparisonView?> BuildAsync(string eventId, string? by, CancellationToken ct)
        {
            await gate.PassAsync(ct);
            return await real.BuildAsync(eventId, by, ct);
        }
    }
}
