using Microsoft.Playwright;

namespace BiasDashboard.BrowserTests.PageObjects;

/// <summary>A student's phone in a lesson: join, read, rate, guess, move on, see their results.</summary>
public sealed class StudentPhone(IPage page, string nickname)
{
    public IPage Page { get; } = page;

    public string Nickname { get; } = nickname;

    public async Task JoinAsync(string joinUrl)
    {
        await Page.GotoAsync(joinUrl);
        await Page.FillAsync("#nickname", Nickname);
        await Page.ClickAsync("form.upload button[type=submit]");
        await Page.WaitForFunctionAsync("() => document.getElementById('screen')?.dataset.live === 'true'");
    }

    public Task WaitForArticleAsync(string letter) =>
        Page.WaitForFunctionAsync($"() => document.querySelector('#screen h1 .outlet')?.textContent === 'Outlet {letter}'", null, new PageWaitForFunctionOptions { Timeout = 15_000 });

    /// <summary>The text on the screen, without the guess-the-outlet list (which names every outlet by design).</summary>
    public Task<string> VisibleTextAsync() =>
        Page.EvaluateAsync<string>("() => { const c = document.getElementById('screen').cloneNode(true); c.querySelector('#guess')?.remove(); return c.textContent; }");

    public async Task AnswerAsync(int tone, int slant, int guessIndex)
    {
        await Page.CheckAsync($"input[name=Tone][value='{tone}']");
        await Page.CheckAsync($"input[name=Slant][value='{slant}']");
        await Page.SelectOptionAsync("#guess", new SelectOptionValue { Index = guessIndex });
        await Page.ClickAsync("#rate button[type=submit]");
        await Page.WaitForSelectorAsync("#rate-message[data-ok=true]");
    }

    public async Task NextAsync(string letter)
    {
        await Page.ClickAsync("a.piece-link.button");
        await WaitForArticleAsync(letter);
    }
}
