using Microsoft.Playwright;

namespace BiasDashboard.BrowserTests;

/// <summary>A keyboard user should not need 150 presses of Tab to get past an article's text.</summary>
public sealed class TabStopTests
{
    private const string CountTabStops =
        "() => [...document.querySelectorAll('a[href], button, input, select, textarea, [tabindex]')]" +
        ".filter(e => e.tabIndex >= 0 && !e.disabled && e.offsetParent !== null).length";

    [ChromiumFact]
    public async Task AnArticlesSentencesAreOneTabStop_AndTheArrowKeysMoveBetweenThem()
    {
        await using var app = new KestrelApp();
        var baseUrl = app.StartAndGetAddress();
        await using (var browser = await BrowserSession.OpenAsync())
        {
            var page = await browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 1280, Height = 900 } });
            await page.GotoAsync($"{baseUrl}/articles/3"); // the 2,450-word long read
            await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
            var sentences = await page.Locator(".article-text .s").CountAsync();
            var stops = await page.EvaluateAsync<int>(CountTabStops);

            await page.FocusAsync(".article-text .s >> nth=0");
            await page.Keyboard.PressAsync("ArrowDown");
            await page.Keyboard.PressAsync("ArrowDown");
            var focused = await page.EvaluateAsync<string>("() => document.activeElement.dataset.index");

            Assert.True(sentences > 60, $"{sentences} sentences");
            Assert.True(stops < 40, $"{stops} tab stops for {sentences} sentences");
            Assert.Equal("2", focused);
        }
    }

    [ChromiumFact]
    public async Task TheComparisonsLinkTablesAreOneTabStopEach_AndNoLinkIsLost()
    {
        await using var app = new KestrelApp();
        var baseUrl = app.StartAndGetAddress();
        await using (var browser = await BrowserSession.OpenAsync())
        {
            // Without JavaScript every link is its own tab stop: the count a keyboard user faced before.
            var plain = await browser.NewContextAsync(new BrowserNewContextOptions { JavaScriptEnabled = false, ViewportSize = new ViewportSize { Width = 1280, Height = 900 } });
            var before = await plain.NewPageAsync();
            await before.GotoAsync($"{baseUrl}/events/snp-amendment-2023-11-15");
            var stopsBefore = await before.EvaluateAsync<int>(CountTabStops);
            var linksBefore = await before.Locator("#comparison a[href]").CountAsync();

            var page = await browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 1280, Height = 900 } });
            await page.GotoAsync($"{baseUrl}/events/snp-amendment-2023-11-15");
            await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
            await page.WaitForSelectorAsync("#ledger a[href][tabindex='0']");
            var stops = await page.EvaluateAsync<int>(CountTabStops);
            var links = await page.Locator("#comparison a[href]").CountAsync();

            // A skip link to each section, and the arrow keys walk the ledger's links.
            Assert.Equal(5, await page.Locator("nav[aria-label='On this page'] a[href^='#']").CountAsync());
            var ledgerLinks = await page.Locator("#ledger a[href]").AllAsync();
            await ledgerLinks[0].FocusAsync();
            var first = await page.EvaluateAsync<string>("() => document.activeElement.getAttribute('href')");
            await page.Keyboard.PressAsync("ArrowDown");
            var second = await page.EvaluateAsync<string>("() => document.activeElement.getAttribute('href')");
            await page.Keyboard.PressAsync("Tab");
            var afterTab = await page.EvaluateAsync<bool>("() => !document.getElementById('ledger').contains(document.activeElement)");

            Assert.True(stopsBefore > 60, $"{stopsBefore} tab stops without roving");
            Assert.True(stops <= 40, $"{stops} tab stops (were {stopsBefore}): " + await page.EvaluateAsync<string>("() => [...document.querySelectorAll('a[href], button, input, select, textarea, [tabindex]')].filter(e => e.tabIndex >= 0 && !e.disabled && e.offsetParent !== null).map(e => e.closest('[id]')?.id + ':' + e.tagName + ' ' + (e.textContent || '').trim().slice(0, 20)).join(' | ')"));
            Assert.Equal(linksBefore, links); // every link is still there for the mouse and for screen readers
            Assert.True(await ledgerLinks[1].GetAttributeAsync("href") == second, first + " then " + second + " after " + string.Join(" ", await page.EvaluateAsync<string[]>("() => [...document.querySelectorAll('#ledger a[href]')].slice(0, 4).map(a => a.getAttribute('href') + '/' + (a.offsetParent !== null))")));
            Assert.True(afterTab, "Tab leaves the ledger after one stop");
        }
    }
}
