using Microsoft.Playwright;

namespace BiasDashboard.BrowserTests.PageObjects;

/// <summary>The dashboard as a user sees it: the charts' Plotly data, the live indicator, the articles table.</summary>
public sealed class DashboardPage
{
    private readonly IPage _page;
    private readonly List<string> _errors = [];

    public DashboardPage(IPage page)
    {
        _page = page;
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                _errors.Add(message.Text);
            }
        };
        page.PageError += (_, error) => _errors.Add(error);
    }

    public IPage Page => _page;

    /// <summary>Console errors and uncaught exceptions, including Content-Security-Policy violations.</summary>
    public IReadOnlyList<string> Errors => _errors;

    public async Task OpenAsync(string baseUrl, string? eventId = null)
    {
        await _page.GotoAsync(eventId is null ? baseUrl : $"{baseUrl}/?event={Uri.EscapeDataString(eventId)}");
        await _page.WaitForFunctionAsync("() => document.getElementById('live')?.dataset.state === 'live'");
        await _page.EvaluateAsync("() => { window.__noReload = true; }");
    }

    /// <summary>The outlet names on the compound chart's x axis, read from the chart element's Plotly data.</summary>
    public Task<string[]> ChartOutletsAsync() =>
        _page.EvaluateAsync<string[]>("() => document.getElementById('chart-compound').data[0].x");

    public Task WaitForOutletAsync(string outlet) =>
        _page.WaitForFunctionAsync("name => document.getElementById('chart-compound').data[0].x.includes(name)", outlet,
            new PageWaitForFunctionOptions { Timeout = 15_000 });

    public Task<bool> WasNotReloadedAsync() => _page.EvaluateAsync<bool>("() => window.__noReload === true");

    public Task<int> PushesAppliedAsync() =>
        _page.EvaluateAsync<int>("() => Number(document.getElementById('chart-compound').dataset.updates)");

    public Task<string> LiveStateAsync() => _page.EvaluateAsync<string>("() => document.getElementById('live').dataset.state");
}
