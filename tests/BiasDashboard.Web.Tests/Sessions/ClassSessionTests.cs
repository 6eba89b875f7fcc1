using System.Net;
using System.Text.RegularExpressions;
using AngleSharp.Html.Parser;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;

namespace BiasDashboard.Web.Tests.Sessions;

public sealed partial class ClassSessionTests : WebAppTest
{
    private const string SnpVote = "snp-amendment-2023-11-15";

    private static async Task<string> AntiforgeryAsync(HttpClient client, string page) =>
        new HtmlParser().ParseDocument(await client.GetStringAsync(page)).QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;

    private static Task<HttpResponseMessage> PostAsync(HttpClient client, string url, string token, params (string Name, string Value)[] fields) =>
        client.PostAsync(url, new FormUrlEncodedContent(fields.Select(f => new KeyValuePair<string, string>(f.Name, f.Value)).Append(new("__RequestVerificationToken", token))));

    /// <summary>Starts a session as a teacher; returns its id and join code.</summary>
    private async Task<(int Id, string Code)> StartAsync()
    {
        await TeacherSession.SignInAsTeacherAsync(App, Client);
        var started = await PostAsync(Client, "/sessions", await AntiforgeryAsync(Client, "/sessions"), ("eventId", SnpVote), ("slantSide", "the protesters"));
        var id = int.Parse(started.RequestMessage!.RequestUri!.AbsolutePath.Split('/')[^1], System.Globalization.CultureInfo.InvariantCulture);
        var code = new HtmlParser().ParseDocument(await started.Content.ReadAsStringAsync()).GetElementById("join-code")!.TextContent.Trim();
        return (id, code);
    }

    private async Task<HttpClient> JoinAsync(string code, string nickname)
    {
        var student = App.CreateClient();
        var joined = await PostAsync(student, "/join", await AntiforgeryAsync(student, "/join"), ("code", code), ("nickname", nickname));
        Assert.Equal(HttpStatusCode.OK, joined.StatusCode);
        return student;
    }

    private async Task ShowAsync(int id, string screen) =>
        Assert.Equal(HttpStatusCode.OK, (await PostAsync(Client, $"/sessions/{id}?handler=Show", await AntiforgeryAsync(Client, $"/sessions/{id}"), ("screen", screen))).StatusCode);

    [Theory]
    [InlineData("GET", "/sessions")]
    [InlineData("GET", "/sessions/1")]
    [InlineData("GET", "/sessions/1/results")]
    [InlineData("GET", "/sessions/1?handler=Csv")]
    [InlineData("GET", "/sessions/1?handler=Live")]
    public async Task TeacherPages_RefuseAnAnonymousVisitor(string method, string url)
    {
        var client = App.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        var response = await client.SendAsync(new HttpRequestMessage(new HttpMethod(method), url));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/account/login", response.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ClassHub_WatchingAnswersNeedsATeacherAndWatchingAScreenNeedsAJoin()
    {
        using var cancel = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        _ = Client;
        await using var hub = await Hubs.TestHub.ConnectAsync(App.Server, cancel.Token, "hubs/class");

        var asTeacher = await Assert.ThrowsAsync<HubException>(() => hub.InvokeAsync("WatchAsTeacher", 1, cancel.Token));
        var asStudent = await Assert.ThrowsAsync<HubException>(() => hub.InvokeAsync("WatchAsStudent", cancel.Token));

        Assert.Contains("Only a signed-in teacher", asTeacher.Message, StringComparison.Ordinal);
        Assert.Contains("Join the class first", asStudent.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnotherTeacher_Gets403OnEveryPageAndControlOfTheSessionAndDoesNotSeeItsCode()
    {
        var (id, code) = await StartAsync();
        var other = App.CreateClient();
        await TeacherSession.SignInAsTeacherAsync(App, other, "other.teacher@school.example");
        var token = await AntiforgeryAsync(other, "/sessions");

        foreach (var url in new[] { $"/sessions/{id}", $"/sessions/{id}/results", $"/sessions/{id}/projector", $"/sessions/{id}?handler=Csv", $"/sessions/{id}?handler=Live" })
        {
            Assert.Equal(HttpStatusCode.Forbidden, (await other.GetAsync(url)).StatusCode);
        }

        foreach (var handler in new[] { "Show", "Reveal", "End" })
        {
            var response = await PostAsync(other, $"/sessions/{id}?handler={handler}", token, ("screen", "comparison"));
            Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        }

        var list = await other.GetStringAsync("/sessions");
        var mine = await Client.GetStringAsync("/sessions");
        var console = await Client.GetStringAsync($"/sessions/{id}");

        Assert.DoesNotContain(code, list, StringComparison.Ordinal);
        Assert.Contains(code, mine, StringComparison.Ordinal);
        Assert.Contains("running", console, StringComparison.Ordinal); // neither reveal nor end went through
        Assert.DoesNotContain("outlets revealed", console, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ClassHub_RefusesAnotherTeacherWatchingTheSession()
    {
        var (id, _) = await StartAsync();
        using var cancel = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        var otherCookies = new CookieContainer();
        var other = App.CreateDefaultClient(new Microsoft.AspNetCore.Mvc.Testing.Handlers.CookieContainerHandler(otherCookies));
        await TeacherSession.AddAsync(App, "other.teacher@school.example", teacher: true);
        Assert.Equal(HttpStatusCode.Redirect, (await TeacherSession.SignInAsync(other, "other.teacher@school.example")).StatusCode); // signed in, sent on
        var ownerCookies = new CookieContainer();
        var owner = App.CreateDefaultClient(new Microsoft.AspNetCore.Mvc.Testing.Handlers.CookieContainerHandler(ownerCookies));
        Assert.Equal(HttpStatusCode.Redirect, (await TeacherSession.SignInAsync(owner, "teacher@school.example")).StatusCode);

        await using var otherHub = await Hubs.TestHub.ConnectAsync(App.Server, cancel.Token, "hubs/class", otherCookies.GetCookieHeader(App.Server.BaseAddress));
        await using var ownerHub = await Hubs.TestHub.ConnectAsync(App.Server, cancel.Token, "hubs/class", ownerCookies.GetCookieHeader(App.Server.BaseAddress));

        var refused = await Assert.ThrowsAsync<HubException>(() => otherHub.InvokeAsync("WatchAsTeacher", id, cancel.Token));
        Assert.Contains("another teacher", refused.Message, StringComparison.Ordinal);
        await ownerHub.InvokeAsync("WatchAsTeacher", id, cancel.Token); // the owner is let in
    }

    [Fact]
    public async Task TeacherControls_RefuseAStudentAndChangeNothing()
    {
        var (id, code) = await StartAsync();
        var student = await JoinAsync(code, "Ada");
        var token = await AntiforgeryAsync(student, "/join");

        foreach (var handler in new[] { "Show", "Reveal", "End" })
        {
            var response = await student.SendAsync(new HttpRequestMessage(HttpMethod.Post, $"/sessions/{id}?handler={handler}")
            {
                Content = new FormUrlEncodedContent([new("screen", "comparison"), new("__RequestVerificationToken", token)]),
            });
            Assert.Equal("/account/login", response.RequestMessage!.RequestUri!.AbsolutePath); // sent to sign in, not served
        }

        var screen = await student.GetStringAsync("/class?handler=Screen");
        Assert.Contains("Waiting for your teacher", screen, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Join_RefusesAWrongCodeAnEmptyOrTakenNickname()
    {
        var (_, code) = await StartAsync();
        await JoinAsync(code, "Ada");
        var other = App.CreateClient();
        var token = await AntiforgeryAsync(other, "/join");

        var wrong = await PostAsync(other, "/join", token, ("code", "ZZZZZZ"), ("nickname", "Bo"));
        var empty = await PostAsync(other, "/join", token, ("code", code), ("nickname", "  "));
        var invisible = await PostAsync(other, "/join", token, ("code", code), ("nickname", "\u200B\u202E\u2066"));

        Assert.Contains("no running class with that code", await wrong.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Contains("nickname of 1 to 40", await empty.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Contains("nickname of 1 to 40", await invisible.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await App.CreateClient(new() { AllowAutoRedirect = false }).GetAsync("/class")).StatusCode); // no cookie: to /join
    }

    [Fact]
    public async Task BlindArticle_HidesTheOutletUntilTheReveal()
    {
        var (id, code) = await StartAsync();
        var student = await JoinAsync(code, "Ada");
        var express = await PieceOfAsync(id, "Daily Express");

        await ShowAsync(id, $"piece:{express}");
        var blind = new HtmlParser().ParseDocument(await student.GetStringAsync("/class?handler=Screen"));
        blind.QuerySelector("#guess")?.Remove();
        await PostAsync(Client, $"/sessions/{id}?handler=Reveal", await AntiforgeryAsync(Client, $"/sessions/{id}"));
        await ShowAsync(id, $"piece:{express}"); // the reveal turns screens to students' own results; the teacher shows the article again
        var revealed = await student.GetStringAsync("/class?handler=Screen");

        Assert.DoesNotContain("Express", blind.Body!.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("Calgie", blind.Body.TextContent, StringComparison.Ordinal);
        Assert.Matches(LetterRegex(), blind.QuerySelector("h1 .outlet")!.TextContent);
        Assert.Contains(": Daily Express", revealed, StringComparison.Ordinal);
        Assert.Contains("Christian Calgie", revealed, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ratings_AreCheckedThenShownToTheTeacherWithAlphaAndExportedSafely()
    {
        var (id, code) = await StartAsync();
        var ada = await JoinAsync(code, "=Ada");
        var bo = await JoinAsync(code, "Bo");
        var console = new HtmlParser().ParseDocument(await Client.GetStringAsync($"/sessions/{id}"));
        var articles = console.QuerySelectorAll(".result h2").Select(h => h.TextContent.Trim()["Outlet ".Length..]).ToList();
        var carol = await JoinAsync(code, "Carol");

        async Task<HttpResponseMessage> RateAsync(HttpClient student, string article, int tone, int slant, string highlights = "") =>
            await PostAsync(student, "/class?handler=Rate", await AntiforgeryAsync(student, "/join"),
                ("Piece", article), ("Tone", tone.ToString(System.Globalization.CultureInfo.InvariantCulture)), ("Slant", slant.ToString(System.Globalization.CultureInfo.InvariantCulture)),
                ("Highlights", highlights), ("Flags", "1: it reports deaths, it is not hostile"), ("Guess", "Daily Express"), ("frame", "conflict"), ("FrameReason", "MPs against MPs"));

        var outOfRange = await RateAsync(ada, articles[0], 5, 0);
        var notInClass = await RateAsync(ada, "Z", 0, 0);
        var beforeEnough = await Client.GetStringAsync($"/sessions/{id}?handler=Live");
        foreach (var (article, index) in articles.Select((a, i) => (a, i)))
        {
            Assert.Equal(HttpStatusCode.OK, (await RateAsync(ada, article, index % 2 == 0 ? -2 : 2, 0, "slammed\nbetrayal")).StatusCode);
            Assert.Equal(HttpStatusCode.OK, (await RateAsync(bo, article, index % 2 == 0 ? -2 : 2, 1)).StatusCode);
            Assert.Equal(HttpStatusCode.OK, (await RateAsync(carol, article, index % 2 == 0 ? -2 : 2, 1)).StatusCode);
        }

        var live = await Client.GetStringAsync($"/sessions/{id}?handler=Live");
        var csv = await Client.GetStringAsync($"/sessions/{id}?handler=Csv");

        Assert.Equal(HttpStatusCode.UnprocessableEntity, outOfRange.StatusCode);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, notInClass.StatusCode);
        Assert.Contains("Not enough ratings yet", beforeEnough, StringComparison.Ordinal); // no 0.00 that reads as "no agreement"
        Assert.Contains("<strong id=\"alpha-tone\">1.00</strong>", live, StringComparison.Ordinal); // all three rated every article alike
        Assert.Contains("The class largely agrees", live, StringComparison.Ordinal);
        Assert.Contains("Ada", live, StringComparison.Ordinal);
        Assert.Contains("class=\"lex heat\"", live, StringComparison.Ordinal); // "slammed": highlighted by students and matched by the lexicon
        Assert.StartsWith("nickname,letter,outlet,article,tone,slant", csv, StringComparison.Ordinal);
        Assert.Contains("'=Ada,", csv, StringComparison.Ordinal); // a nickname cannot become a spreadsheet formula
        Assert.Equal(1 + 3 * articles.Count, csv.Trim().Split('\n').Length);
        Assert.Contains("slammed|betrayal", csv, StringComparison.Ordinal);
        Assert.Contains("conflict", csv, StringComparison.Ordinal);
    }

    [Fact]
    public async Task EndedSession_RefusesAnswersAndTellsTheStudent()
    {
        var (id, code) = await StartAsync();
        var ada = await JoinAsync(code, "Ada");
        await PostAsync(Client, $"/sessions/{id}?handler=End", await AntiforgeryAsync(Client, $"/sessions/{id}"));

        var screen = await ada.GetStringAsync("/class?handler=Screen");
        var late = await JoinAsync_Refused(code);

        Assert.Contains("The class has ended", screen, StringComparison.Ordinal);
        Assert.Contains("no running class", late, StringComparison.Ordinal);
    }

    /// <summary>The handle ("B") of the session's article from <paramref name="outlet"/>, read off the teacher's console.</summary>
    private async Task<string> PieceOfAsync(int id, string outlet)
    {
        var console = new HtmlParser().ParseDocument(await Client.GetStringAsync($"/sessions/{id}"));
        return console.QuerySelectorAll(".result").First(r => r.TextContent.Contains(outlet, StringComparison.Ordinal)).QuerySelector("h2")!.TextContent.Trim()["Outlet ".Length..];
    }

    private async Task<string> JoinAsync_Refused(string code)
    {
        var client = App.CreateClient();
        var response = await PostAsync(client, "/join", await AntiforgeryAsync(client, "/join"), ("code", code), ("nickname", "Late"));
        return await response.Content.ReadAsStringAsync();
    }

    [GeneratedRegex("^Outlet [A-D]$")]
    private static partial Regex LetterRegex();
}
