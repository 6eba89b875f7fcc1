using System.Net.Http.Headers;
using BiasDashboard.BrowserTests.PageObjects;
using Microsoft.Playwright;

namespace BiasDashboard.BrowserTests;

public sealed class ComparisonTests
{
    private const string SnpVote = "snp-amendment-2023-11-15";

    [ChromiumFact]
    public async Task ComparisonPage_DrawsItsChartsAndTakesANewOutletLive()
    {
        await using var app = new KestrelApp();
        var baseUrl = app.StartAndGetAddress();
        await using (var browser = await BrowserSession.OpenAsync())
        {
            var page = new ComparisonPage(await browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 1400, Height = 1800 } }));
            await page.OpenAsync(baseUrl, SnpVote);

            Assert.Equal(["Daily Express", "Middle East Eye", "Roman Road London", "The National"], await page.ColumnsAsync());
            Assert.Equal(await page.ColumnsAsync(), await page.VoiceChartColumnsAsync());
            Assert.Contains("Rushanara Ali", await page.HeatmapActorsAsync());
            var differences = await page.DifferencesTextAsync();
            Assert.Contains("294–125", differences, StringComparison.Ordinal);
            Assert.Contains("293–125", differences, StringComparison.Ordinal);

            using var http = new HttpClient();
            var form = new MultipartFormDataContent
            {
                { new StringContent("Live Ledger"), "outlet" },
                { new StringContent(SnpVote), "eventIds" },
                { new ByteArrayContent("The SNP amendment failed by 294 to 125 votes, and ten frontbenchers resigned."u8.ToArray()) { Headers = { ContentType = new MediaTypeHeaderValue("text/plain") } }, "files", "live.txt" },
            };
            (await http.PostAsync($"{baseUrl}/api/articles", form)).EnsureSuccessStatusCode();
            await page.WaitForColumnAsync("Live Ledger");

            Assert.True(await page.WasNotReloadedAsync());
            Assert.Contains("Live Ledger", await page.VoiceChartColumnsAsync());
            Assert.True(page.Errors.Count == 0, string.Join(Environment.NewLine, page.Errors));
            await page.Page.ScreenshotAsync(new PageScreenshotOptions { Path = Screenshots.PathOf("comparison.png"), FullPage = true });
        }
    }

    [ChromiumFact]
    public async Task UploadReview_SuggestsEventsAndSplitsAListingPageBeforeStoring()
    {
        await using var app = new KestrelApp();
        var baseUrl = app.StartAndGetAddress();
        await using (var browser = await BrowserSession.OpenAsync())
        {
            var upload = new UploadPage(await browser.NewPageAsync());
            var listing = await File.ReadAllBytesAsync(Path.Combine(BiasDashboard.Web.RepoPaths.Seeds(), "002_303351f91084d598.txt"));

            var rows = await upload.ReviewAsync(baseUrl, "Review Weekly",
                new FilePayload { Name = "listing.txt", MimeType = "text/plain", Buffer = listing },
                new FilePayload { Name = "vote.txt", MimeType = "text/plain", Buffer = "Labour frontbenchers resigned after the SNP amendment calling for a Gaza ceasefire failed in the Commons by 294 to 125 votes."u8.ToArray() });

            Assert.Equal(9, rows.Length); // eight articles on the listing page, and the vote report
            Assert.Contains(rows, r => r.StartsWith("listing.txt — article 3 of 8", StringComparison.Ordinal) && r.Contains("Museum workers", StringComparison.Ordinal));
            // The short undated report is like no stored event on average (the seeds' events hold long articles covering
            // several events), so it is proposed as new; the review says so, names the closest stored event and the
            // fields the file lacks, and one click moves it to that event.
            var reason = await upload.ReasonOfAsync("vote.txt");
            Assert.Contains("missing: title, date", reason, StringComparison.Ordinal);
            Assert.Contains("alone: nothing reaches", reason, StringComparison.Ordinal);
            var closest = reason[(reason.IndexOf("closest other: ", StringComparison.Ordinal) + "closest other: ".Length)..];
            closest = closest[..closest.LastIndexOf(" (", StringComparison.Ordinal)];
            Assert.Contains(closest, new[] { "Commons vote on the SNP ceasefire amendment to the King's Speech", "School Strike for Palestine march on Rushanara Ali's office, Bethnal Green" });
            await upload.MoveToClosestAsync("vote.txt");
            rows = await upload.ReviewRowsAsync();
            Assert.Contains(rows, r => r.StartsWith("vote.txt", StringComparison.Ordinal) && r.EndsWith("=> " + closest, StringComparison.Ordinal));

            await upload.StoreOnlyAsync("Tories and Labour unite", "vote.txt");
            var stored = await upload.ProgressRowsAsync();

            Assert.Equal(2, stored.Length);
            Assert.All(stored, r => Assert.StartsWith("ok", r, StringComparison.Ordinal));
        }
    }
}
