using BiasDashboard.Web.Accounts;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace BiasDashboard.BrowserTests;

/// <summary>Every main page at a phone's width (390 px): nothing makes the page scroll sideways.</summary>
public sealed class PhoneWidthTests
{
    public static readonly ViewportSize Phone = new() { Width = 390, Height = 844 };

    /// <summary>
    /// How far the page is wider than the screen (0 when it fits: document.documentElement.scrollWidth &lt;= innerWidth),
    /// with the elements sticking out, for the failure message.
    /// </summary>
    public static async Task<string?> OverflowAsync(IPage page)
    {
        await page.WaitForTimeoutAsync(300); // Plotly's responsive resize runs after layout
        return await page.EvaluateAsync<string?>(@"() => {
            const over = document.documentElement.scrollWidth - window.innerWidth;
            if (over <= 0) return null;
            const wide = [...document.querySelectorAll('body *')]
              .filter(e => e.getBoundingClientRect().right > window.innerWidth + 1 && !e.closest('.scroll, table.grid, .overlay-text'))
              .slice(0, 6).map(e => `${e.tagName.toLowerCase()}${e.id ? '#' + e.id : ''}.${[...e.classList].join('.')} right=${Math.round(e.getBoundingClientRect().right)}`);
            return `${location.pathname}: ${over}px too wide; ${wide.join(', ')}`;
        }");
    }

    [ChromiumFact]
    public async Task MainPages_DoNotScrollSidewaysAtPhoneWidth()
    {
        await using var app = new KestrelApp();
        var baseUrl = app.StartAndGetAddress();
        await using (var scope = app.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<TeacherAccounts>().AddAsync("phone@school.example", "phone teacher password 1", teacher: true);
        }

        await using (var browser = await BrowserSession.OpenAsync())
        {
            var page = await (await browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = Phone })).NewPageAsync();
            var errors = new List<string>();
            page.PageError += (_, e) => errors.Add(e);
            var overflows = new List<string>();
            foreach (var path in new[]
                     {
                         "/", "/events", "/events/snp-amendment-2023-11-15", "/events/snp-amendment-2023-11-15/worksheet", "/articles/1", "/outlets", "/outlets/1",
                         "/articles/new", "/lexicon", "/lessons", "/join", "/account/login",
                     })
            {
                await page.GotoAsync(baseUrl + path);
                await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
                if (await OverflowAsync(page) is { } overflow)
                {
                    overflows.Add(overflow);
                }
            }

            // The menu folds behind a button, and the live badge stays in sight beside the brand.
            await page.GotoAsync(baseUrl + "/events/snp-amendment-2023-11-15");
            await page.WaitForSelectorAsync("#live[data-state=live]");
            Assert.True(await page.IsVisibleAsync("#live"));
            Assert.False(await page.IsVisibleAsync("nav[aria-label=Main] a[href='/outlets']"));
            await page.ClickAsync("#menu-toggle");
            Assert.True(await page.IsVisibleAsync("nav[aria-label=Main] a[href='/outlets']"));
            Assert.Equal(0, await page.Locator(".modebar-container:visible").CountAsync()); // Plotly's tool bar stays out of the way
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = Screenshots.PathOf("phone-comparison.png") });

            await page.GotoAsync(baseUrl + "/account/login");
            await page.FillAsync("#email", "phone@school.example");
            await page.FillAsync("#password", "phone teacher password 1");
            await page.ClickAsync("form.upload button[type=submit]");
            foreach (var path in new[] { "/sessions", "/sessions?eventId=snp-amendment-2023-11-15" })
            {
                await page.GotoAsync(baseUrl + path);
                if (await OverflowAsync(page) is { } overflow)
                {
                    overflows.Add(overflow);
                }
            }

            Assert.True(overflows.Count == 0, string.Join(Environment.NewLine, overflows));
            Assert.True(errors.Count == 0, string.Join(Environment.NewLine, errors));
        }
    }
}
