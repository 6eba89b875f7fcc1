using System.Text.Json;
using BiasDashboard.Web.Accounts;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace BiasDashboard.BrowserTests;

/// <summary>
/// The axe-core checker (npm <c>axe-core</c>) on the main pages, against WCAG 2.1 A and AA: no serious or critical
/// violation. Axe is injected by the test (CSP bypassed for the test only); the site itself never loads it.
/// </summary>
public sealed class AccessibilityTests
{
    private static readonly string Axe = File.ReadAllText(Path.Combine(BiasDashboard.Web.RepoPaths.Seeds(), "..", "node_modules", "axe-core", "axe.min.js"));

    private static async Task<List<string>> ViolationsAsync(IPage page, string url)
    {
        await page.GotoAsync(url);
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        await page.AddScriptTagAsync(new PageAddScriptTagOptions { Content = Axe });
        var json = await page.EvaluateAsync<JsonElement>(
            "async () => (await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } })).violations" +
            ".filter(v => v.impact === 'serious' || v.impact === 'critical')" +
            ".map(v => v.id + ': ' + v.help + ' — ' + v.nodes.slice(0, 3).map(n => n.target.join(' ')).join(' | '))");
        return json.EnumerateArray().Select(v => $"{url}: {v.GetString()}").ToList();
    }

    [ChromiumFact]
    public async Task MainPages_HaveNoSeriousAccessibilityViolations()
    {
        await using var app = new KestrelApp();
        var baseUrl = app.StartAndGetAddress();
        await using (var scope = app.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<TeacherAccounts>().AddAsync("a11y@school.example", "accessible password 1", teacher: true);
        }

        await using (var browser = await BrowserSession.OpenAsync())
        {
            var page = await (await browser.NewContextAsync(new BrowserNewContextOptions { BypassCSP = true, ViewportSize = new ViewportSize { Width = 1280, Height = 1000 } })).NewPageAsync();
            var violations = new List<string>();
            await page.GotoAsync($"{baseUrl}/events/snp-amendment-2023-11-15/worksheet");
            await page.WaitForFunctionAsync("() => document.body.dataset.worksheetReady === 'true'");
            Assert.Equal(3, await page.Locator("img.still-image").CountAsync()); // the charts became still images, ready to print
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = Screenshots.PathOf("worksheet.png"), FullPage = false });

            foreach (var path in new[] { "/", "/events", "/events/snp-amendment-2023-11-15", "/events/snp-amendment-2023-11-15/worksheet", "/articles/1", "/outlets", "/outlets/1", "/articles/new", "/lexicon", "/join", "/account/login" })
            {
                violations.AddRange(await ViolationsAsync(page, baseUrl + path));
            }

            await page.GotoAsync($"{baseUrl}/account/login");
            await page.FillAsync("#email", "a11y@school.example");
            await page.FillAsync("#password", "accessible password 1");
            await page.ClickAsync("form.upload button[type=submit]");
            violations.AddRange(await ViolationsAsync(page, $"{baseUrl}/sessions"));
            await page.ClickAsync("form.upload button[type=submit]"); // plan a class on the first event
            await page.WaitForSelectorAsync("#plan");
            violations.AddRange(await ViolationsAsync(page, page.Url));
            await page.ClickAsync("#plan button[type=submit]");
            await page.WaitForSelectorAsync("#join-code");
            var console = page.Url;
            violations.AddRange(await ViolationsAsync(page, console.TrimEnd('/') + "/projector"));
            await page.GotoAsync(console);
            var code = (await page.InnerTextAsync("#join-code")).Trim();
            await page.ClickAsync("form.drive button:has-text('Outlet A')");
            violations.AddRange(await ViolationsAsync(page, console));

            var student = await (await browser.NewContextAsync(new BrowserNewContextOptions { BypassCSP = true })).NewPageAsync();
            await student.GotoAsync($"{baseUrl}/join?code={code}");
            await student.FillAsync("#nickname", "Ada");
            await student.ClickAsync("form.upload button[type=submit]");
            violations.AddRange(await ViolationsAsync(student, $"{baseUrl}/class"));

            Assert.True(violations.Count == 0, string.Join(Environment.NewLine, violations));
        }
    }
}
