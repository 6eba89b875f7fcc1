using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using BiasDashboard.BrowserTests.PageObjects;

namespace BiasDashboard.BrowserTests;

/// <summary>
/// A dashboard pooling outlets by a tag axis is not what the hub pushes (one bar per outlet): after a change it is
/// served from the cache as the last one, marked updating, and the page redraws when the rebuilt one is announced.
/// </summary>
public sealed class PooledDashboardTests
{
    private const string Token = "browser-pooled-token-not-a-secret";
    private const string SnpVote = "snp-amendment-2023-11-15";

    [ChromiumFact]
    public async Task Upload_RedrawsAnOpenDashboardPooledByATagAxis_OnceItsRebuildIsKept()
    {
        await using var app = new KestrelApp(adminToken: Token);
        var baseUrl = app.StartAndGetAddress();
        using var http = new HttpClient { BaseAddress = new Uri(baseUrl) };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", Token);
        foreach (var outlet in (await http.GetFromJsonAsync<JsonElement>("/api/outlets")).EnumerateArray())
        {
            var reach = outlet.GetProperty("name").GetString() == "Roman Road London" ? "hyperlocal" : "national";
            (await http.PutAsJsonAsync($"/api/outlets/{outlet.GetProperty("id").GetInt32()}/tags",
                new Dictionary<string, string> { ["reach"] = reach })).EnsureSuccessStatusCode();
        }

        await using (var browser = await BrowserSession.OpenAsync())
        {
            var dashboard = new DashboardPage(await browser.NewPageAsync());
            await dashboard.Page.GotoAsync($"{baseUrl}/?event={SnpVote}&by=reach");
            await dashboard.Page.WaitForFunctionAsync("() => document.getElementById('live')?.dataset.state === 'live'");
            await dashboard.Page.EvaluateAsync("() => { window.__noReload = true; }");
            var before = await dashboard.ChartOutletsAsync();

            (await http.PostAsJsonAsync("/api/articles",
                new { outlet = "Untagged Times", text = "MPs voted on the amendment late at night.", eventIds = new[] { SnpVote } }))
                .EnsureSuccessStatusCode();
            await dashboard.WaitForOutletAsync("(no reach)"); // the new outlet has no reach yet: a column of its own

            Assert.Equal(["hyperlocal", "national"], before);
            Assert.Equal(["(no reach)", "hyperlocal", "national"], await dashboard.ChartOutletsAsync());
            Assert.True(await dashboard.WasNotReloadedAsync());
            Assert.Equal(1, await dashboard.PushesAppliedAsync());
            Assert.True(dashboard.Errors.Count == 0, string.Join(Environment.NewLine, dashboard.Errors));
        }
    }
}
