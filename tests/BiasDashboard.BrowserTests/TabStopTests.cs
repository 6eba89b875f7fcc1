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
        var (playwright, browser) = await BrowserSession.LaunchAsync();
        using (playwright)
        await using (browser)
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
}
