using Microsoft.Playwright;

namespace BiasDashboard.BrowserTests;

/// <summary>
/// At a phone's width the events table used to shrink its columns until words broke letter by letter ("Ou/tle/ts",
/// "202/5-/01-/01"): main's overflow-wrap: anywhere reached into the table. A table keeps its words whole; a list
/// table stacks its rows so that every column stays on screen
/// (PhoneWidthTests.ListPages_AtPhoneWidth_ShowEveryColumnOnScreen).
/// </summary>
public sealed class PhoneTableWordsTests
{
    [ChromiumFact]
    public async Task EventsTable_AtPhoneWidth_KeepsEveryOneWordCellOnOneLine()
    {
        await using var app = new KestrelApp();
        var baseUrl = app.StartAndGetAddress();
        await using (var browser = await BrowserSession.OpenAsync())
        {
            var page = await (await browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = PhoneWidthTests.Phone })).NewPageAsync();
            await page.GotoAsync(baseUrl + "/events");

            // For every cell holding one word, how many lines its text takes. A break after a hyphen is an ordinary line
            // break ("2025-" / "01-01"), so hyphenated words are left out; before the fix "Outlets" took three lines.
            var broken = await page.EvaluateAsync<string[]>(@"() => [...document.querySelectorAll('table.grid th, table.grid td')]
                .filter(c => c.textContent.trim() && !/[\s-]/.test(c.textContent.trim()))
                .map(c => { const r = document.createRange(); r.selectNodeContents(c);
                            const tops = new Set([...r.getClientRects()].map(x => Math.round(x.top)));
                            return tops.size > 1 ? `${c.textContent.trim()} on ${tops.size} lines` : null; })
                .filter(x => x)");

            Assert.True(broken.Length == 0, string.Join(", ", broken));
            Assert.Null(await PhoneWidthTests.OverflowAsync(page)); // the page itself still does not scroll sideways
        }
    }
}
