using Microsoft.Playwright;

namespace BiasDashboard.BrowserTests;

public sealed class WhyThisScoreTests
{
    [ChromiumFact]
    public async Task ClickingASentence_ShowsItsWords_AndSwappingAWordChangesTheScores()
    {
        await using var app = new KestrelApp();
        var baseUrl = app.StartAndGetAddress();
        await using (var browser = await BrowserSession.OpenAsync())
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

    [ChromiumFact]
    public async Task Panel_SaysSlammedIsNotInVadersList_ShowsItsLoadedMatch_AndAHintThatDoesWhatItSays()
    {
        await using var app = new KestrelApp();
        var baseUrl = app.StartAndGetAddress();
        await using (var browser = await BrowserSession.OpenAsync())
        {
            foreach (var (width, height, name) in new[] { (1280, 1000, "why-this-score.png"), (390, 900, "why-this-score-phone.png") })
            {
                var page = await browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = width, Height = height } });
                await page.GotoAsync($"{baseUrl}/articles/1");
                await page.Locator(".article-text .s", new PageLocatorOptions { HasTextString = "One user slammed the Green Party" }).ClickAsync();
                await page.WaitForFunctionAsync("() => document.querySelectorAll('#why-hints li').length > 0");
                var notes = await page.EvalOnSelectorAllAsync<string[]>("#why-words tbody tr", "rows => rows.map(r => r.cells[3].textContent + ' | ' + r.cells[4].textContent)");

                Assert.Contains(notes, n => n.StartsWith("slammed: not in VADER's word list, so it does not move the tone", StringComparison.Ordinal) && n.Contains("Emotive speech verbs", StringComparison.Ordinal));
                Assert.Contains("Loaded score", await page.TextContentAsync("#why-loaded"), StringComparison.Ordinal);
                var before = await page.TextContentAsync("#why-loaded");
                await page.Locator("#why-hints li button").First.ClickAsync();
                await page.WaitForFunctionAsync("b => document.getElementById('why-loaded').textContent !== b", before);
                await page.SelectOptionAsync("#why-tone", "news");
                await page.WaitForFunctionAsync("() => document.getElementById('why-scores').textContent.includes('news tone')");
                await page.EvaluateAsync("() => document.getElementById('why').scrollIntoView()");
                await page.ScreenshotAsync(new PageScreenshotOptions { Path = Screenshots.PathOf(name), FullPage = false });
            }
        }
    }
}
