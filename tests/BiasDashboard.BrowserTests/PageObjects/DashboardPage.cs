using Microsoft.Playwright;

namespace BiasDashboard.BrowserTests.PageObjects;

/// <summary>The dashboard as a user sees it: the charts' Plotly data, the live indicator, the articles table.</summary>
public sealed class DashboardPage(IPage page)
{
    public IPage Page => page;

    public async Task OpenAsync(string baseUrl, string? eventId = null)
    {
        await page.GotoAsync(eventId is null ? baseUrl : $"{baseUrl}/?event={Uri.EscapeDataString(eventId)}");
        await page.WaitForFunctionAsync("() => document.getElementById('live')?.dataset.state === 'live'");
        await page.EvaluateAsync("() => { window.__noReload = true; }");
    }

    /// <summary>The outlet names on the compound chart's x axis, read from the chart element's Plotly data.</summary>
    public Task<string[]> ChartOutletsAsync() =>
        page.EvaluateAsync<string[]>("() => document.getElementById('chart-compound').data[0].x");

    public Task WaitForOutletAsync(string outlet) =>
        page.WaitForFunctionAsync("name => document.getElementById('chart-compound').data[0].x.includes(name)", outlet,
            new PageWaitForFunctionOptions { Timeout = 15_000 });

    public Task<bool> WasNotReloadedAsync() => page.EvaluateAsync<bool>("() => window.__noReload === true");

    public Task<int> PushesAppliedAsync() =>
        page.EvaluateAsync<int>("() => Number(document.getElementById('chart-compound').dataset.updates)");

    public Task<string> LiveStateAsync() => page.EvaluateAsync<string>("() => document.getElementById('live').dataset.state");
}
