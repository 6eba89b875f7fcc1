using System.Net;
using System.Text.RegularExpressions;
using AngleSharp.Html.Parser;
using BiasDashboard.Web.Tests.Hubs;
using Microsoft.AspNetCore.Mvc.Testing.Handlers;
using Microsoft.AspNetCore.SignalR.Client;

namespace BiasDashboard.Web.Tests.Class;

/// <summary>Blind means blind: what a student's browser can get before the reveal; nicknames, rejoining and refused answers.</summary>
public sealed partial class BlindLessonTests : WebAppTest
{
    private const string SnpVote = "snp-amendment-2023-11-15";
    private static readonly string[] SeedOutlets = ["Daily Express", "Middle East Eye", "Roman Road London", "The National", "express.co.uk", "middleeasteye", "thenational"];

    private static async Task<string> AntiforgeryAsync(HttpClient client, string page) =>
        new HtmlParser().ParseDocument(await client.GetStringAsync(page)).QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;

    private static Task<HttpResponseMessage> PostAsync(HttpClient client, string url, string token, params (string Name, string Value)[] fields) =>
        client.PostAsync(url, new FormUrlEncodedContent(fields.Select(f => new KeyValuePair<string, string>(f.Name, f.Value)).Append(new("__RequestVerificationToken", token))));

    private async Task<(int Id, string Code, IReadOnlyList<(string ArticleId, string Piece)> Articles)> StartAsync(params (string, string)[] extra)
    {
        await TeacherSession.SignInAsTeacherAsync(App, Client);
        var started = await PostAsync(Client, "/sessions", await AntiforgeryAsync(Client, $"/sessions?eventId={SnpVote}"),
            [("eventId", SnpVote), ("slantSide", "the protesters"), .. extra]);
        var id = int.Parse(started.RequestMessage!.RequestUri!.AbsolutePath.Split('/')[^1], System.Globalization.CultureInfo.InvariantCulture);
        var page = new HtmlParser().ParseDocument(await started.Content.ReadAsStringAsync());
        var articles = page.QuerySelectorAll(".result").Select(r => (r.GetAttribute("data-article")!, r.QuerySelector("h2")!.TextContent.Trim()["Outlet ".Length..])).ToList();
        return (id, page.GetElementById("join-code")!.TextContent.Trim(), articles);
    }

    private async Task<(HttpClient Client, CookieContainer Cookies)> JoinAsync(string code, string nickname)
    {
        var cookies = new CookieContainer();
        var student = App.CreateDefaultClient(new RedirectHandler(), new CookieContainerHandler(cookies));
        var joined = await PostAsync(student, "/join", await AntiforgeryAsync(student, "/join"), ("code", code), ("nickname", nickname));
        Assert.Equal(HttpStatusCode.OK, joined.StatusCode);
        return (student, cookies);
    }

    private async Task ShowAsync(int id, string screen) =>
        Assert.Equal(HttpStatusCode.OK, (await PostAsync(Client, $"/sessions/{id}?handler=Show", await AntiforgeryAsync(Client, $"/sessions/{id}"), ("screen", screen))).StatusCode);

    [Fact]
    public async Task BeforeTheReveal_NothingAStudentReceivesCarriesAnArticleIdOrAnOutletName()
    {
        var (id, code, articles) = await StartAsync();
        var (student, cookies) = await JoinAsync(code, "Ada");
        using var cancel = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        await using var hub = await Hubs.TestHub.ConnectAsync(App.Server, cancel.Token, "hubs/class", cookies.GetCookieHeader(App.Server.BaseAddress));
        await hub.InvokeAsync("WatchAsStudent", cancel.Token);

        var received = new List<string> { await student.GetStringAsync("/class") };
        var screens = hub.Calls<string>("ScreenChanged");
        var messages = new List<string>();
        foreach (var screen in articles.Select(a => "piece:" + a.Piece).Append("comparison"))
        {
            await ShowAsync(id, screen);
            messages.Add(await screens.ReadAsync(cancel.Token));
            var page = await student.GetStringAsync("/class?handler=Screen");
            var doc = new HtmlParser().ParseDocument(page);
            doc.QuerySelector("#guess")?.Remove(); // guess-the-outlet lists every outlet, by design
            received.Add(doc.Body!.InnerHtml);
        }

        Assert.Equal(articles.Select(a => "piece:" + a.Piece).Append("comparison"), messages); // letters of this session, not ids
        foreach (var html in received)
        {
            Assert.All(SeedOutlets, outlet => Assert.DoesNotContain(outlet, html, StringComparison.OrdinalIgnoreCase));
            Assert.DoesNotContain("ArticleId", html, StringComparison.Ordinal);
            Assert.DoesNotContain("/articles/", html, StringComparison.Ordinal);
            Assert.DoesNotContain("article:", html, StringComparison.Ordinal);
            var doc = new HtmlParser().ParseDocument(html);
            Assert.All(doc.QuerySelectorAll("input[type=hidden]:not([name=__RequestVerificationToken]), [data-piece]:not([data-piece='']), a[href*='piece=']"),
                e => Assert.Matches(HandleRegex(), e.GetAttribute("value") ?? e.GetAttribute("data-piece") ?? e.GetAttribute("href")!.Split('=')[^1]));
        }
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/events/snp-amendment-2023-11-15")]
    [InlineData("/outlets")]
    [InlineData("/articles/1")]
    public async Task BeforeTheReveal_AStudentsBrowserIsSentBackToTheLessonFromPagesThatNameOutlets(string page)
    {
        var (id, code, _) = await StartAsync();
        var (student, _) = await JoinAsync(code, "Ada");

        var blind = await student.GetAsync(page);
        var api = await student.GetAsync("/api/articles/1");
        var lesson = await student.GetStringAsync("/class");
        await PostAsync(Client, $"/sessions/{id}?handler=Reveal", await AntiforgeryAsync(Client, $"/sessions/{id}"));
        var after = await student.GetAsync(page);

        Assert.Equal("/class", blind.RequestMessage!.RequestUri!.AbsolutePath);
        Assert.Equal(HttpStatusCode.Forbidden, api.StatusCode);
        Assert.DoesNotContain("href=\"/events\"", lesson, StringComparison.Ordinal); // no site menu on the blind screen
        Assert.DoesNotContain("href=\"/outlets\"", lesson, StringComparison.Ordinal);
        Assert.Equal(page, after.RequestMessage!.RequestUri!.AbsolutePath); // after the reveal the site is open again
        Assert.Equal(HttpStatusCode.OK, after.StatusCode);
    }

    [Theory]
    [InlineData("abc", "1")]
    [InlineData("1", "")]
    [InlineData("1.5", "0")]
    public async Task ARatingThatIsNotAWholeNumber_IsRefusedWith400AndTheEarlierAnswerStays(string tone, string slant)
    {
        var (id, code, articles) = await StartAsync();
        var (student, _) = await JoinAsync(code, "Ada");
        await ShowAsync(id, "piece:" + articles[0].Piece);
        var token = await AntiforgeryAsync(student, "/join");
        Assert.Equal(HttpStatusCode.OK, (await PostAsync(student, "/class?handler=Rate", token, ("Piece", articles[0].Piece), ("Tone", "-2"), ("Slant", "2"))).StatusCode);

        var refused = await PostAsync(student, "/class?handler=Rate", token, ("Piece", articles[0].Piece), ("Tone", tone), ("Slant", slant));
        var screen = new HtmlParser().ParseDocument(await student.GetStringAsync("/class?handler=Screen"));

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Equal("-2", screen.QuerySelector("input[name=Tone][checked]")!.GetAttribute("value"));
        Assert.Equal("2", screen.QuerySelector("input[name=Slant][checked]")!.GetAttribute("value"));
    }

    [Theory]
    [InlineData("A\u200Bda")]      // zero-width space
    [InlineData("\u202EAda")]      // right-to-left override
    [InlineData("Ａｄａ")]          // full-width letters (NFKC)
    [InlineData("  ada \u2066")]   // case, spaces, an isolate
    [InlineData("\u0410da")]       // Cyrillic capital A
    [InlineData("\u0391D\u0391")]  // Greek capital alphas
    public async Task ANicknameThatDiffersOnlyByInvisibleOrWidthCharacters_IsTheSameStudentNotASecondOne(string lookalike)
    {
        var (id, code, _) = await StartAsync();
        var (ada, _) = await JoinAsync(code, "Ada");

        var (again, _) = await JoinAsync(code, lookalike); // the page is not open anywhere: this is Ada coming back
        var live = new HtmlParser().ParseDocument(await Client.GetStringAsync($"/sessions/{id}?handler=Live"));
        var oldCookie = await ada.GetAsync("/class");

        Assert.Equal("1", live.GetElementById("roster-count")!.TextContent);
        Assert.Equal("Adarejoined", live.QuerySelector("#roster li")!.TextContent.Replace(" ", "", StringComparison.Ordinal));
        Assert.Contains("Welcome back", await again.GetStringAsync("/class?back=1"), StringComparison.Ordinal);
        Assert.Equal("/join", oldCookie.RequestMessage!.RequestUri!.AbsolutePath); // the old browser no longer speaks for Ada
    }

    [Theory]
    [InlineData("ada")]
    [InlineData("\u0410da")]        // Cyrillic "А": looks like "Ada", so it is Ada's nickname
    [InlineData("Ad\u0430")]        // Cyrillic small "а"
    public async Task RejoiningUnderANicknameWhosePageIsOpen_IsRefused(string same)
    {
        var (_, code, _) = await StartAsync();
        var (_, cookies) = await JoinAsync(code, "Ada");
        using var cancel = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        await using var hub = await Hubs.TestHub.ConnectAsync(App.Server, cancel.Token, "hubs/class", cookies.GetCookieHeader(App.Server.BaseAddress));
        await hub.InvokeAsync("WatchAsStudent", cancel.Token);
        var other = App.CreateClient();

        var taken = await PostAsync(other, "/join", await AntiforgeryAsync(other, "/join"), ("code", code), ("nickname", same));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, taken.StatusCode);
        Assert.Contains("with the page open", await taken.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [GeneratedRegex("^[A-Z][0-9]*$")]
    private static partial Regex HandleRegex();
}
