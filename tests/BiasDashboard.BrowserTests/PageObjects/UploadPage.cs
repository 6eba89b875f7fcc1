using Microsoft.Playwright;

namespace BiasDashboard.BrowserTests.PageObjects;

/// <summary>The upload form at /articles/new.</summary>
public sealed class UploadPage(IPage page)
{
    public async Task UploadPastedTextAsync(string baseUrl, string outlet, string eventTitle, string text)
    {
        await page.GotoAsync($"{baseUrl}/articles/new");
        await page.FillAsync("#text", text);
        await page.FillAsync("#outlet", outlet);
        await page.SelectOptionAsync("#eventIds", new SelectOptionValue { Label = eventTitle });
        await page.ClickAsync("button[type=submit]");
        await page.WaitForSelectorAsync("#progress li.ok", new PageWaitForSelectorOptions { Timeout = 15_000 });
    }

    public async Task UploadFilesAsync(string baseUrl, string outlet, params FilePayload[] files)
    {
        await page.GotoAsync($"{baseUrl}/articles/new");
        await page.SetInputFilesAsync("#files", files);
        await page.FillAsync("#outlet", outlet);
        await page.ClickAsync("button[type=submit]");
        await page.WaitForFunctionAsync("n => document.querySelectorAll('#progress li.ok, #progress li.refused').length === n", files.Length);
    }

    public Task<string[]> ProgressRowsAsync() =>
        page.EvaluateAsync<string[]>("() => [...document.querySelectorAll('#progress li')].map(li => li.className + ': ' + li.textContent)");
}
