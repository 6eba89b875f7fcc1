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
        await ReviewRowsAsync();
        await page.ClickAsync("#store");
        await page.WaitForFunctionAsync("n => document.querySelectorAll('#progress li.ok, #progress li.refused').length === n", files.Length);
    }

    /// <summary>Chooses files with no event and submits: the review lists where each article would go.</summary>
    public async Task<string[]> ReviewAsync(string baseUrl, string outlet, params FilePayload[] files)
    {
        await page.GotoAsync($"{baseUrl}/articles/new");
        await page.SetInputFilesAsync("#files", files);
        await page.FillAsync("#outlet", outlet);
        await page.ClickAsync("button[type=submit]");
        return await ReviewRowsAsync();
    }

    /// <summary>The review table's rows as text: the article, then the chosen event.</summary>
    public async Task<string[]> ReviewRowsAsync()
    {
        await page.WaitForSelectorAsync("#review:not([hidden]) #review-table tbody tr", new PageWaitForSelectorOptions { Timeout = 15_000 });
        return await page.EvaluateAsync<string[]>(
            "() => [...document.querySelectorAll('#review-table tbody tr')].map(tr => tr.cells[1].textContent + ' => ' + (tr.querySelector('select') ? tr.querySelector('select').selectedOptions[0].textContent : tr.cells[2].textContent))");
    }

    /// <summary>The article and why-cells of the review row for <paramref name="file"/>: reasons and missing-field flags.</summary>
    public Task<string> ReasonOfAsync(string file) => page.EvaluateAsync<string>(
        "file => { const tr = [...document.querySelectorAll('#review-table tbody tr')].find(tr => tr.cells[1].textContent.startsWith(file)); return tr.cells[1].textContent + ' | ' + tr.cells[3].textContent; }", file);

    /// <summary>Clicks the one-click "move there" button of the review row for <paramref name="file"/>.</summary>
    public Task MoveToClosestAsync(string file) => page.EvaluateAsync(
        "file => [...document.querySelectorAll('#review-table tbody tr')].find(tr => tr.cells[1].textContent.startsWith(file)).querySelector('td:nth-child(4) button').click()", file);

    /// <summary>Unticks every review row whose article text contains none of <paramref name="keep"/>, stores the rest, and waits for their outcomes.</summary>
    public async Task StoreOnlyAsync(params string[] keep)
    {
        var kept = await page.EvaluateAsync<int>(
            "keep => { let n = 0; for (const tr of document.querySelectorAll('#review-table tbody tr')) { const box = tr.querySelector('input[type=checkbox]'); box.checked = keep.some(k => tr.cells[1].textContent.includes(k)); if (box.checked) n++; } return n; }",
            keep);
        await page.ClickAsync("#store");
        await page.WaitForFunctionAsync("n => document.querySelectorAll('#progress li.ok, #progress li.refused').length === n", kept);
    }

    public Task<string[]> ProgressRowsAsync() =>
        page.EvaluateAsync<string[]>("() => [...document.querySelectorAll('#progress li')].map(li => li.className + ': ' + li.textContent)");
}
