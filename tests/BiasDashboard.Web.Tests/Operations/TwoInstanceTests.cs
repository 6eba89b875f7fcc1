using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using BiasDashboard.Analysis.Framing;
using BiasDashboard.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.SignalR.Client;

namespace BiasDashboard.Web.Tests.Operations;

/// <summary>
/// Two app processes (A and B) on one PostgreSQL database and one Redis, as an operator runs them behind a proxy.
/// Runs on this run's throwaway PostgreSQL and redis-server (or TEST_PG / TEST_REDIS); skipped, saying what to install, without them.
/// </summary>
// Starts its own servers whatever TEST_DB_PROVIDER says: CI runs it in the first pass only (.ci/run).
[Trait("Pass", "Once")]
public sealed partial class TwoInstanceTests(TwoInstanceTests.Cluster cluster) : IClassFixture<TwoInstanceTests.Cluster>
{
    private const string Event = "snp-amendment-2023-11-15";

    [MultiInstanceFact]
    public async Task UploadThroughB_IsPushedToADashboardWatchingOnA()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        await using var watcher = new HubConnectionBuilder()
            .WithUrl(cluster.A.Url + "/hubs/dashboard", o => { o.Transports = HttpTransportType.WebSockets; o.SkipNegotiation = true; })
            .Build();
        var pushed = new TaskCompletionSource<JsonElement>(TaskCreationOptions.RunContinuationsAsynchronously);
        watcher.On<JsonElement>("EventUpdated", d => pushed.TrySetResult(d));
        await watcher.StartAsync(timeout.Token);
        await watcher.InvokeAsync("WatchEvent", Event, timeout.Token);

        var upload = await cluster.Http.PostAsJsonAsync(cluster.B.Url + "/api/articles",
            new { outlet = "Cross Instance Courier", text = "The amendment vote drew a crowd outside.", eventIds = new[] { Event } }, timeout.Token);
        Assert.True(upload.IsSuccessStatusCode, await upload.Content.ReadAsStringAsync(timeout.Token));

        var dashboard = await pushed.Task.WaitAsync(timeout.Token);
        Assert.Equal(Event, dashboard.GetProperty("eventId").GetString());
        Assert.Contains("Cross Instance Courier", dashboard.GetProperty("outlets").EnumerateArray().Select(o => o.GetProperty("outlet").GetString()));
    }

    // Each instance keeps its own comparisons: a change saved on B must reach A's (ClusterBus.EventsSaved over Redis),
    // or A would go on serving the comparison from before the upload.
    [MultiInstanceFact]
    public async Task UploadThroughB_HasTheComparisonKeptOnARebuilt_AndItsWatchersTold()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        await using var watcher = new HubConnectionBuilder()
            .WithUrl(cluster.A.Url + "/hubs/dashboard", o => { o.Transports = HttpTransportType.WebSockets; o.SkipNegotiation = true; })
            .Build();
        var ready = new TaskCompletionSource<JsonElement>(TaskCreationOptions.RunContinuationsAsynchronously);
        watcher.On<JsonElement>("ComparisonReady", r => ready.TrySetResult(r));
        await watcher.StartAsync(timeout.Token);
        await watcher.InvokeAsync("WatchEvent", Event, timeout.Token);
        var before = await ColumnsOnAAsync(timeout.Token); // A builds and keeps it; B has none

        var upload = await cluster.Http.PostAsJsonAsync(cluster.B.Url + "/api/articles",
            new { outlet = "Comparison Crosser", text = "The amendment vote was close, members said.", eventIds = new[] { Event } }, timeout.Token);
        Assert.True(upload.IsSuccessStatusCode, await upload.Content.ReadAsStringAsync(timeout.Token));
        var pushed = await ready.Task.WaitAsync(timeout.Token);
        var after = await ColumnsOnAAsync(timeout.Token);

        Assert.DoesNotContain("Comparison Crosser", before);
        Assert.Equal(Event, pushed.GetProperty("eventId").GetString());
        Assert.Contains("Comparison Crosser", after);
    }

    private async Task<List<string?>> ColumnsOnAAsync(CancellationToken ct) =>
        (await cluster.Http.GetFromJsonAsync<JsonElement>(cluster.A.Url + $"/api/events/{Event}/comparison", ct))
        .GetProperty("comparison").GetProperty("comparison").GetProperty("columns").EnumerateArray().Select(c => c.GetProperty("name").GetString()).ToList();

    [MultiInstanceFact]
    public async Task LexiconSavedOnB_WithASignInFromA_IsRescoredExactlyOnceAcrossBothInstances()
    {
        // Signed in on A; the cookie opens B too, because the data-protection keys live in the shared database.
        var signIn = await cluster.SignInAsync(cluster.A.Url);
        Assert.True(signIn.IsSuccessStatusCode, $"sign-in on A answered {(int)signIn.StatusCode}");
        var articles = (await cluster.Http.GetFromJsonAsync<JsonElement>(cluster.A.Url + "/api/articles?take=500")).GetArrayLength();
        var before = await RescoredAsync();

        var lexicon = FramingLexicon.Default with { Version = 100 + Random.Shared.Next(1000) };
        var saved = await cluster.Http.PutAsync(cluster.B.Url + "/api/lexicon", new StringContent(lexicon.ToJson(), Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.Accepted, saved.StatusCode);
        var version = (await saved.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("version").GetInt32();

        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (await RescoredAsync() - before < articles && DateTime.UtcNow < deadline)
        {
            await Task.Delay(250);
        }

        await Task.Delay(TimeSpan.FromSeconds(3)); // three more checks on each instance: nobody rescores again
        Assert.Equal(articles, await RescoredAsync() - before);
        Assert.Equal(version, (await cluster.Http.GetFromJsonAsync<JsonElement>(cluster.A.Url + "/api/lexicon")).GetProperty("version").GetInt32());
    }

    [MultiInstanceFact]
    public async Task BothInstances_AreReadyWithTheirDatabaseAndRedis()
    {
        foreach (var app in new[] { cluster.A, cluster.B })
        {
            Assert.Equal(HttpStatusCode.OK, (await cluster.Http.GetAsync(app.Url + "/healthz")).StatusCode);
            Assert.Equal(HttpStatusCode.OK, (await cluster.Http.GetAsync(app.Url + "/healthz/live")).StatusCode);
        }
    }

    private async Task<long> RescoredAsync() =>
        await Metrics.CounterAsync(cluster.Http, cluster.A.Url, "biasdashboard_articles_rescored_total") +
        await Metrics.CounterAsync(cluster.Http, cluster.B.Url, "biasdashboard_articles_rescored_total");

    /// <summary>Instances A and B, started one after the other on a fresh database, and a teacher account.</summary>
    public sealed class Cluster : IAsyncLifetime
    {
        private readonly CookieContainer _cookies = new();

        public AppProcess A { get; private set; } = null!;

        public AppProcess B { get; private set; } = null!;

        public HttpClient Http { get; private set; } = null!;

        /// <summary>The teacher's browser cookies (sign-in), for hub connections.</summary>
        public CookieContainer Cookies => _cookies;

        /// <summary>The instances' PostgreSQL database (connection string).</summary>
        public string? Database { get; private set; }

        public async Task InitializeAsync()
        {
            Http = new HttpClient(new HttpClientHandler { CookieContainer = _cookies }) { Timeout = TimeSpan.FromSeconds(60) };
            if ((TestServices.PostgresMissing ?? TestServices.RedisMissing) is not null)
            {
                return; // the tests skip, saying what to install
            }

            var redis = TestServices.Redis;
            Database = TestServices.CreatePostgresDatabase(TestServices.Postgres);
            var environment = new Dictionary<string, string>
            {
                ["Storage__Provider"] = "Postgres",
                ["ConnectionStrings__Postgres"] = Database,
                ["ConnectionStrings__Redis"] = redis,
                ["Operations__RedisChannelPrefix"] = $"test-{Guid.NewGuid():N}",
                ["Operations__LeaseSeconds"] = "3",
                ["Operations__BackgroundCheckSeconds"] = "1",
                ["TEACHER_PASSWORD"] = TeacherSession.Password,
                ["ASPNETCORE_ENVIRONMENT"] = "Production",
            };
            Assert.Equal(0, await AppProcess.RunOnceAsync(environment, "user", "add", "--email", "ops@school.example", "--teacher"));
            A = await AppProcess.StartAsync(environment);
            B = await AppProcess.StartAsync(environment);
        }

        public async Task<HttpResponseMessage> SignInAsync(string url)
        {
            var page = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(await Http.GetStringAsync(url + "/account/login"));
            var token = page.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
            return await Http.PostAsync(url + "/account/login", new FormUrlEncodedContent(
            [
                new("email", "ops@school.example"), new("password", TeacherSession.Password), new("__RequestVerificationToken", token),
            ]));
        }

        public async Task DisposeAsync()
        {
            Http.Dispose();
            if (A is not null)
            {
                await A.DisposeAsync();
            }

            if (B is not null)
            {
                await B.DisposeAsync();
            }

            if (Database is not null)
            {
                TestServices.DropPostgresDatabase(TestServices.Postgres, Database);
            }
        }
    }
}

/// <summary>Reads a counter from an instance's Prometheus endpoint.</summary>
internal static class Metrics
{
    public static async Task<long> CounterAsync(HttpClient http, string url, string name)
    {
        var text = await http.GetStringAsync(url + "/metrics");
        return text.Split('\n').Where(l => l.StartsWith(name, StringComparison.Ordinal) && (l.Length == name.Length || l[name.Length] is ' ' or '{'))
            .Sum(l => (long)double.Parse(l[(l.LastIndexOf(' ') + 1)..], CultureInfo.InvariantCulture));
    }
}
