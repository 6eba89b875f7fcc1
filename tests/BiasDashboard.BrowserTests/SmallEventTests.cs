using BiasDashboard.BrowserTests.PageObjects;
using BiasDashboard.Web.Data;
using BiasDashboard.Web.Data.Entities;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace BiasDashboard.BrowserTests;

/// <summary>An event with no article yet, or only one, opens without a script error, at desktop and phone width.</summary>
public sealed class SmallEventTests
{
    [ChromiumFact]
    public async Task EventsWithNoneOrOneArticle_OpenWithoutConsoleErrors()
    {
        await using var app = new KestrelApp();
        var baseUrl = app.StartAndGetAddress();
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<BiasDbContext>();
            db.Events.Add(new NewsEvent { Id = "empty-event-2024-03-01", Title = "An event nobody has covered yet" });
            await db.SaveChangesAsync();
        }

        await using (var browser = await BrowserSession.OpenAsync())
        {
            foreach (var size in new[] { new ViewportSize { Width = 1280, Height = 900 }, PhoneWidthTests.Phone })
            {
                // opposition-day-2024-02-21 holds one seed article; the new event none.
                foreach (var (eventId, articles) in new[] { ("empty-event-2024-03-01", 0), ("opposition-day-2024-02-21", 1) })
                {
                    var comparison = new ComparisonPage(await (await browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = size })).NewPageAsync());
                    await comparison.OpenAsync(baseUrl, eventId);
                    await comparison.Page.WaitForLoadStateAsync(LoadState.NetworkIdle);
                    await comparison.Page.WaitForTimeoutAsync(300); // a late draw or resize would throw now

                    Assert.Equal(articles, await comparison.Page.Locator("#side-by-side td[data-column] p.headline").CountAsync());
                    Assert.True(comparison.Errors.Count == 0, $"{eventId} at {size.Width}px: {string.Join(" | ", comparison.Errors)}");
                    if (articles == 0)
                    {
                        Assert.True(await comparison.Page.IsVisibleAsync("#no-articles"));
                    }
                }
            }
        }
    }
}
