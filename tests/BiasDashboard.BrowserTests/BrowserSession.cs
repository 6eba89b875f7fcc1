using Microsoft.Playwright;

namespace BiasDashboard.BrowserTests;

/// <summary>
/// One test's use of Debian's Chromium under Playwright, with the flags this offline machine needs. The browser process
/// (and Playwright's driver) start once per test run and are shared; each test gets contexts of its own (their own
/// cookies, storage and cache, as separate browser profiles would have), closed when the test's session is disposed.
/// </summary>
public sealed class BrowserSession : IAsyncDisposable
{
    private static readonly SemaphoreSlim Launching = new(1, 1);
    private static IPlaywright? _playwright;
    private static IBrowser? _browser;

    private readonly IBrowser _shared;
    private readonly List<IBrowserContext> _contexts = [];

    private BrowserSession(IBrowser shared) => _shared = shared;

    public static async Task<BrowserSession> OpenAsync()
    {
        await Launching.WaitAsync();
        try
        {
            if (_browser is not { IsConnected: true })
            {
                _playwright ??= await Playwright.CreateAsync();
                _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
                {
                    ExecutablePath = ChromiumFactAttribute.ExecutablePath,
                    Headless = true,
                    Args =
                    [
                        "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                        "--disable-component-update", "--disable-sync",
                    ],
                });
            }

            return new BrowserSession(_browser);
        }
        finally
        {
            Launching.Release();
        }
    }

    public async Task<IBrowserContext> NewContextAsync(BrowserNewContextOptions? options = null) => Keep(await _shared.NewContextAsync(options));

    /// <summary>A page in a context of its own, as <see cref="IBrowser.NewPageAsync"/> makes.</summary>
    public async Task<IPage> NewPageAsync(BrowserNewPageOptions? options = null)
    {
        var page = await _shared.NewPageAsync(options);
        Keep(page.Context);
        return page;
    }

    public async ValueTask DisposeAsync()
    {
        IBrowserContext[] contexts;
        lock (_contexts)
        {
            contexts = [.. _contexts];
        }

        foreach (var context in contexts)
        {
            await context.CloseAsync();
        }
    }

    private IBrowserContext Keep(IBrowserContext context)
    {
        lock (_contexts)
        {
            _contexts.Add(context);
        }

        return context;
    }
}
