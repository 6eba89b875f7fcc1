using Microsoft.Playwright;

namespace BiasDashboard.BrowserTests;

/// <summary>At a phone's width (390 px) every Plotly chart is drawn inside its card, not 450 px wide and clipped.</summary>
public sealed class ChartWidthTests
{
    [ChromiumFact]
    public async Task EveryChartFitsItsContainer_AtPhoneWidth()
    {
        await using var app = new KestrelApp();
        var baseUrl = app.StartAndGetAddress();
        await using (var browser = await BrowserSession.OpenAsync())
        {
            var page = await (await browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = PhoneWidthTests.Phone })).NewPageAsync();
            var problems = new List<string>();
            var charts = 0;
            foreach (var path in new[] { "/", "/events/snp-amendment-2023-11-15" })
            {
                await page.GotoAsync(baseUrl + path);
                await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
                await page.WaitForSelectorAsync(".chart svg.main-svg");
                var found = await page.EvaluateAsync<string[]>(@"() => [...document.querySelectorAll('.chart')]
                    .filter(c => c.querySelector('svg.main-svg'))
                    .map(c => `${c.id}:${Math.round(c.querySelector('svg.main-svg').getBoundingClientRect().width)}:${c.clientWidth}`)");
                charts += found.Length;
                foreach (var f in found)
                {
                    var parts = f.Split(':');
                    if (int.Parse(parts[1], System.Globalization.CultureInfo.InvariantCulture) > int.Parse(parts[2], System.Globalization.CultureInfo.InvariantCulture))
                    {
                        problems.Add($"{path} #{parts[0]}: chart {parts[1]}px in a {parts[2]}px container");
                    }
                }
            }

            Assert.True(charts >= 4, $"{charts} charts drawn");
            Assert.Empty(problems);
        }
    }
}
