using Microsoft.Playwright;

namespace BiasDashboard.BrowserTests.PageObjects;

/// <summary>The same-event comparison at /events/{id}, as a user sees it.</summary>
public sealed class ComparisonPage
{
    private readonly List<string> _errors = [];

    public ComparisonPage(IPage page)
    {
        Page = page;
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                _errors.Add(message.Text);
            }
        };
        page.PageError += (_, error) => _errors.Add(error);
    }

    public IPage Page { get; }

    /// <summary>Console errors and uncaught exceptions, including Content-Security-Policy violations.</summary>
    public IReadOnlyList<string> Errors => _errors;

    public async Task OpenAsync(string baseUrl, string eventId)
    {
        await Page.GotoAsync($"{baseUrl}/events/{Uri.EscapeDataString(eventId)}");
        await Page.WaitForFunctionAsync("() => document.getElementById('live')?.dataset.state === 'live'");
        await Page.EvaluateAsync("() => { window.__noReload = true; }");
    }

    public Task<string[]> ColumnsAsync() =>
        Page.EvaluateAsync<string[]>("() => [...document.querySelectorAll('#side-by-side thead th[data-column]')].map(th => th.dataset.column)");

    /// <summary>The outlets on the voices chart's x axis and the actors on the heatmap's y axis, from the charts' Plotly data.</summary>
    public Task<string[]> VoiceChartColumnsAsync() => Page.EvaluateAsync<string[]>("() => document.getElementById('chart-voices').data[0].x");

    public Task<string[]> HeatmapActorsAsync() => Page.EvaluateAsync<string[]>("() => document.getElementById('chart-actors').data[0].y");

    public Task<string> DifferencesTextAsync() => Page.InnerTextAsync("#differences");

    public Task WaitForColumnAsync(string column) =>
        Page.WaitForFunctionAsync("name => [...document.querySelectorAll('#side-by-side thead th[data-column]')].some(th => th.dataset.column === name)",
            column, new PageWaitForFunctionOptions { Timeout = 15_000 });

    public Task<bool> WasNotReloadedAsync() => Page.EvaluateAsync<bool>("() => window.__noReload === true");
}
