using Microsoft.Playwright;

namespace BiasDashboard.BrowserTests;

public sealed class WhyThisScoreTests
{
    [ChromiumFact]
    public async Task ClickingASentence_ShowsItsWords_AndSwappingAWordChangesTheScores()
    {
        await using var app = new KestrelApp();
        var baseUrl = app.StartAndGetAddress();
        var (playwright, browser) = await BrowserSession.LaunchAsync();
        using (playwright)
        await using (browser)
        {
            var page = await browser.NewPageAsync();
            await page.GotoAsync($"{baseUrl}/articles/1");
            var sentence = page.Locator(".article-text .s", new PageLocatorOptions { HasTextString = "Ms Ali had been targeted after she" });

            await sentence.ClickAsync();
            await page.WaitForFunctionAsync("() => document.querySelectorAll('#why-words tbody tr').length > 0");
            var before = await page.TextContentAsync("#why-scores");
            var words = await page.EvalOnSelectorAllAsync<string[]>("#why-words tbody tr", "rows => rows.map(r => r.cells[0].textContent)");
            await page.FillAsync("#why-text", "One activist from Stop The War said Ms Ali had been targeted after she “shamefully agreed to vote for a ceasefire last night”.");
            await page.WaitForFunctionAsync("b => document.getElementById('why-scores').textContent !== b", before);
            var after = await page.TextContentAsync("#why-scores");

            Assert.Contains("refused", words);
            Assert.StartsWith("Sentence: −", before, StringComparison.Ordinal);
            Assert.Contains("Article mean:", after, StringComparison.Ordinal);
            Assert.Contains("Daily Express in", after, StringComparison.Ordinal);
            Assert.NotEqual(before, after);
            Assert.Contains("refused to", await page.TextContentAsync("#why-framing"), StringComparison.Ordinal);
        }
    }
}
