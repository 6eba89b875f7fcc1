using System.Net.Http.Json;
using BiasDashboard.BrowserTests.PageObjects;

namespace BiasDashboard.BrowserTests;

public sealed class ReconnectTests
{
    [ChromiumFact]
    public async Task ServerRestart_PageShowsReconnecting_ThenResyncsWithoutReload()
    {
        var port = KestrelApp.FreePort();
        var folder = Directory.CreateTempSubdirectory("biasdashboard-restart-").FullName;
        await using (var browser = await BrowserSession.OpenAsync())
        {
            var first = new KestrelApp(port, folder);
            var baseUrl = first.StartAndGetAddress();
            var dashboard = new DashboardPage(await browser.NewPageAsync());
            await dashboard.OpenAsync(baseUrl);

            await first.DisposeAsync();
            await dashboard.Page.WaitForFunctionAsync("() => document.getElementById('live').dataset.state !== 'live'");

            await using var second = new KestrelApp(port, folder);
            second.StartAndGetAddress();
            using var http = new HttpClient { BaseAddress = new Uri(baseUrl) };
            await http.PostAsJsonAsync("/api/articles",
                new { outlet = "Restart Review", text = "Calm after the restart.", eventIds = new[] { "snp-amendment-2023-11-15" } });
            await dashboard.Page.WaitForFunctionAsync("() => document.getElementById('live').dataset.state === 'live'",
                null, new() { Timeout = 30_000 });
            await dashboard.WaitForOutletAsync("Restart Review");

            Assert.True(await dashboard.WasNotReloadedAsync());
        }

        Directory.Delete(folder, recursive: true);
    }
}
