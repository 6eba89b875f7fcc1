using BiasDashboard.BrowserTests.PageObjects;
using Microsoft.Playwright;

namespace BiasDashboard.BrowserTests;

public sealed class LiveDashboardTests
{
    private const string EventTitle = "Commons vote on the SNP ceasefire amendment to the King's Speech";

    [ChromiumFact]
    public async Task UploadThroughTheForm_RedrawsEveryOpenDashboardWithoutReload()
    {
        await using var app = new KestrelApp();
        var baseUrl = app.StartAndGetAddress();
        await using (var browser = await BrowserSession.OpenAsync())
        {
            var context = await browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 1280, Height = 2000 } });
            var first = new DashboardPage(await context.NewPageAsync());
            var second = new DashboardPage(await context.NewPageAsync());
            await first.OpenAsync(baseUrl);
            await second.OpenAsync(baseUrl);
            Assert.DoesNotContain("Browser Bugle", await first.ChartOutletsAsync());

            await new UploadPage(await context.NewPageAsync()).UploadPastedTextAsync(baseUrl, "Browser Bugle", EventTitle,
                "Students held a calm and peaceful vigil outside parliament. Organisers thanked the police.");
            await first.WaitForOutletAsync("Browser Bugle");
            await second.WaitForOutletAsync("Browser Bugle");

            Assert.True(await first.WasNotReloadedAsync());
            Assert.True(await second.WasNotReloadedAsync());
            Assert.Equal(1, await first.PushesAppliedAsync());
            Assert.Equal("live", await first.LiveStateAsync());
            Assert.True(first.Errors.Count == 0, string.Join(Environment.NewLine, first.Errors));
            await first.Page.ScreenshotAsync(new PageScreenshotOptions { Path = Screenshots.PathOf("dashboard.png"), FullPage = true });
        }
    }

    [ChromiumFact]
    public async Task UploadSeveralFiles_ShowsEachFilesOutcome()
    {
        await using var app = new KestrelApp();
        var baseUrl = app.StartAndGetAddress();
        await using (var browser = await BrowserSession.OpenAsync())
        {
            var upload = new UploadPage(await browser.NewPageAsync());

            await upload.UploadFilesAsync(baseUrl, "Progress Post",
                new FilePayload { Name = "one.txt", MimeType = "text/plain", Buffer = "First article."u8.ToArray() },
                new FilePayload { Name = "empty.txt", MimeType = "text/plain", Buffer = [] },
                new FilePayload { Name = "two.md", MimeType = "text/markdown", Buffer = "Second *article*."u8.ToArray() });
            var rows = await upload.ProgressRowsAsync();

            Assert.Equal(3, rows.Length);
            Assert.StartsWith("ok", rows[0], StringComparison.Ordinal);
            Assert.StartsWith("refused", rows[1], StringComparison.Ordinal);
            Assert.Contains("empty.txt: the file is empty", rows[1], StringComparison.Ordinal);
            Assert.StartsWith("ok", rows[2], StringComparison.Ordinal);
        }
    }
}
