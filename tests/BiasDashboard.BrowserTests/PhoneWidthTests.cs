using BiasDashboard.Web.Accounts;
using Microsoft.Extensions.DependencyInjection;
using System.Text.RegularExpressions;
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

    /// <summary>
    /// What is cut off inside a box at the screen's edge: a cell of a table past the right edge, or a box scrolling
    /// sideways. <see cref="OverflowAsync"/> cannot see these, because at phone width a table scrolls in its own box
    /// (table.grid is display: block; overflow-x: auto), so the page never grows wider: that is how the events table lost
    /// its "Tone dashboard" column without a test noticing. Closed &lt;details&gt; are opened first.
    /// </summary>
    public static async Task<string?> CutOffAsync(IPage page)
    {
        await page.WaitForTimeoutAsync(300);
        return await page.EvaluateAsync<string?>(@"() => {
            document.querySelectorAll('details').forEach(d => d.open = true);
            const name = e => `${e.tagName.toLowerCase()}${e.id ? '#' + e.id : ''}${[...e.classList].map(c => '.' + c).join('')}`;
            const cells = [...document.querySelectorAll('table th, table td')]
              .filter(c => c.getClientRects().length && c.getBoundingClientRect().right > window.innerWidth + 1)
              .map(c => `${name(c.closest('table'))} cell '${c.textContent.trim().slice(0, 30)}'`
                        + ` ends at ${Math.round(c.getBoundingClientRect().right)}px`);
            const boxes = [...document.querySelectorAll('body *')]
              .filter(e => ['auto', 'scroll', 'hidden', 'clip'].includes(getComputedStyle(e).overflowX)
                           && e.scrollWidth > e.clientWidth + 1)
              .map(e => `${name(e)} scrolls ${e.scrollWidth}px in ${e.clientWidth}px`);
            const all = [...cells, ...boxes].slice(0, 6);
            return all.length ? `${location.pathname}${location.search}: ${all.join('; ')}` : null;
        }");
    }

    /// <summary>
    /// The list pages at a phone's width: every column of every row is on screen (each row stacks, its cells named),
    /// nothing is left to a sideways scroll inside the table; every event row keeps its tone-dashboard link in sight.
    /// </summary>
    [ChromiumFact]
    public async Task ListPages_AtPhoneWidth_ShowEveryColumnOnScreen()
    {
        await using var app = new KestrelApp();
        var baseUrl = app.StartAndGetAddress();
        await using (var scope = app.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<TeacherAccounts>()
                .AddAsync("lists@school.example", "list teacher password 1", teacher: true);
        }

        await using var browser = await BrowserSession.OpenAsync();
        var page = await (await browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = Phone })).NewPageAsync();
        await page.GotoAsync(baseUrl + "/account/login");
        await page.FillAsync("#email", "lists@school.example");
        await page.FillAsync("#password", "list teacher password 1");
        await page.ClickAsync("form.upload button[type=submit]");
        await page.GotoAsync(baseUrl + "/sessions?eventId=snp-amendment-2023-11-15");
        await page.ClickAsync("#plan button[type=submit]"); // a session, so /sessions lists one
        await page.WaitForURLAsync(new Regex("/sessions/[0-9]+$"));

        var cutOff = new List<string>();
        foreach (var path in new[] { "/events", "/outlets", "/outlets/1", "/outlets/4", "/lexicon", "/lessons", "/sessions" })
        {
            await page.GotoAsync(baseUrl + path);
            await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
            if (await CutOffAsync(page) is { } cut)
            {
                cutOff.Add(cut);
            }

            if (path == "/sessions")
            {
                Assert.Equal(1, await page.Locator("table.list tbody tr").CountAsync());
                // The caption spans its stacked table rather than standing one letter per line beside it.
                Assert.Equal(await page.EvaluateAsync<double>("() => document.querySelector('table.list').clientWidth"),
                    await page.EvaluateAsync<double>("() => document.querySelector('table.list caption').getBoundingClientRect().width"),
                    1.0);
            }
        }

        Assert.True(cutOff.Count == 0, string.Join(Environment.NewLine, cutOff));

        await page.GotoAsync(baseUrl + "/events");
        var links = page.Locator("a[aria-label^='Tone dashboard of']");
        Assert.Equal(4, await links.CountAsync());
        for (var i = 0; i < 4; i++)
        {
            Assert.True(await links.Nth(i).IsVisibleAsync());
            Assert.True((await links.Nth(i).BoundingBoxAsync())!.X + 10 < Phone.Width);
        }

        Assert.Equal("Tone", await page.EvaluateAsync<string>(
            "() => getComputedStyle(document.querySelector('td[data-column=Tone]'), '::before').content.replaceAll('\"', '').trim()"));
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
