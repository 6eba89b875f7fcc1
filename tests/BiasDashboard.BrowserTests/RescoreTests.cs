using System.Net.Http.Headers;
using System.Text;
using BiasDashboard.Analysis.Framing;
using BiasDashboard.BrowserTests.PageObjects;

namespace BiasDashboard.BrowserTests;

public sealed class RescoreTests
{
    private const string Token = "browser-rescore-token-not-a-secret";

    [ChromiumFact]
    public async Task LexiconEdit_RescoresInTheBackground_AndOpenDashboardsRedrawTheHeatmap()
    {
        await using var app = new KestrelApp(adminToken: Token);
        var baseUrl = app.StartAndGetAddress();
        await using (var browser = await BrowserSession.OpenAsync())
        {
            var dashboard = new DashboardPage(await browser.NewPageAsync());
            await dashboard.OpenAsync(baseUrl);
            var lexicon = FramingLexicon.Default.ToJson().Replace(
                "\"categories\": [",
                "\"categories\": [ { \"id\": \"protest\", \"group\": \"frame\", \"name\": \"Protest words\", \"colour\": \"#E69F00\", \"description\": \"d\", \"source\": \"s\", \"terms\": [\"march\", \"protest\"] },",
                StringComparison.Ordinal);

            using var http = new HttpClient { BaseAddress = new Uri(baseUrl) };
            using var request = new HttpRequestMessage(HttpMethod.Put, "/api/lexicon") { Content = new StringContent(lexicon, Encoding.UTF8, "application/json") };
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", Token);
            (await http.SendAsync(request)).EnsureSuccessStatusCode();

            // The page redraws once rescoring has finished: the new column is there, with counts in it.
            await dashboard.Page.WaitForFunctionAsync(
                "() => { const t = document.getElementById('chart-framing').data[0]; const c = t.x.indexOf('Protest words'); return c >= 0 && t.z.some(row => row[c] > 0); }",
                null, new() { Timeout = 30_000 });

            Assert.True(await dashboard.WasNotReloadedAsync());
            Assert.True(dashboard.Errors.Count == 0, string.Join(Environment.NewLine, dashboard.Errors));
        }
    }
}
