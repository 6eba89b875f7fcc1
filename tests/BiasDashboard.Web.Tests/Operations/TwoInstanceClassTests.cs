using System.Globalization;
using System.Net;
using AngleSharp.Html.Parser;
using BiasDashboard.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.SignalR.Client;

namespace BiasDashboard.Web.Tests.Operations;

/// <summary>A lesson split over the two instances: the teacher's console on A, the students' phones on B.</summary>
public sealed partial class TwoInstanceTests
{
    [MultiInstanceFact]
    public async Task Lesson_WithTheTeacherOnAAndStudentsOnB_CarriesJoinsRatingsTheRevealAndARejoinThroughA()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(90));
        var ct = timeout.Token;
        Assert.True((await cluster.SignInAsync(cluster.A.Url)).IsSuccessStatusCode);
        var (id, code) = await StartLessonAsync(ct);
        await using var teacher = await ClassHubAsync(cluster.A.Url, cluster.Cookies, ct);
        var rosterChanged = Hubs.TestHub.Calls(teacher, "RosterChanged");
        var ratingsChanged = Hubs.TestHub.Calls(teacher, "RatingsChanged");
        await teacher.InvokeAsync("WatchAsTeacher", id, ct);

        var (ada, adaCookies) = await JoinAsync(cluster.B.Url, code, "Ada", ct);
        var (bo, boCookies) = await JoinAsync(cluster.B.Url, code, "Bo", ct);
        var adaScreen = await ClassHubAsync(cluster.B.Url, adaCookies, ct);
        await using var boScreen = await ClassHubAsync(cluster.B.Url, boCookies, ct);
        var adaRevealed = Hubs.TestHub.Calls(adaScreen, "Revealed");
        var boRevealed = Hubs.TestHub.Calls(boScreen, "Revealed");
        await adaScreen.InvokeAsync("WatchAsStudent", ct);
        await boScreen.InvokeAsync("WatchAsStudent", ct);
        await rosterChanged.ReadAsync(ct); // a join made on B reaches the teacher on A

        var rated = await PostFormAsync(bo, cluster.B.Url, "/class?handler=Rate", "/join", ct,
            ("Piece", "A"), ("Tone", "-1"), ("Slant", "1"), ("Highlights", "slammed"));
        await ratingsChanged.ReadAsync(ct);
        var console = await cluster.Http.GetStringAsync($"{cluster.A.Url}/sessions/{id}?handler=Live", ct);
        var revealed = await PostFormAsync(cluster.Http, cluster.A.Url, $"/sessions/{id}?handler=Reveal", $"/sessions/{id}", ct);
        await adaRevealed.ReadAsync(ct);
        await boRevealed.ReadAsync(ct);

        var (_, thiefCookies) = await TryJoinAsync(cluster.A.Url, code, "Ada", ct); // Ada's page is open on B: refused on A
        await adaScreen.DisposeAsync(); // Ada closes her page on B…
        while (!RosterSays(await cluster.Http.GetStringAsync($"{cluster.A.Url}/sessions/{id}?handler=Live", ct), "Ada", "page closed"))
        {
            await rosterChanged.ReadAsync(ct); // …which B tells the teacher on A
        }

        var (rejoin, rejoinCookies) = await TryJoinAsync(cluster.A.Url, code, "Ada", ct); // …and comes back through A on another device
        var oldCookie = await ada.GetAsync($"{cluster.B.Url}/class", ct);

        Assert.Equal(HttpStatusCode.OK, rated.StatusCode);
        Assert.Contains("your answer is in", await rated.Content.ReadAsStringAsync(ct), StringComparison.Ordinal);
        Assert.True(RosterSays(console, "Ada", null) && RosterSays(console, "Bo", null), "both students on the teacher's roster");
        Assert.DoesNotContain("page closed", console, StringComparison.Ordinal); // both pages are open, on the other instance
        Assert.Equal(HttpStatusCode.OK, revealed.StatusCode);
        Assert.Null(thiefCookies);
        Assert.NotNull(rejoinCookies);
        Assert.Equal("/class", rejoin.RequestMessage!.RequestUri!.AbsolutePath);
        Assert.Equal("?back=1", rejoin.RequestMessage.RequestUri.Query);
        Assert.Equal("/join", oldCookie.RequestMessage!.RequestUri!.AbsolutePath); // the page left open elsewhere no longer works
    }

    private static bool RosterSays(string live, string nickname, string? tag)
    {
        var items = new HtmlParser().ParseDocument(live).QuerySelectorAll("#roster li").Select(li => li.TextContent).ToList();
        return items.Any(t => t.StartsWith(nickname, StringComparison.Ordinal) && (tag is null || t.Contains(tag, StringComparison.Ordinal)));
    }

    private async Task<(int Id, string Code)> StartLessonAsync(CancellationToken ct)
    {
        var started = await PostFormAsync(cluster.Http, cluster.A.Url, "/sessions", "/sessions", ct, ("eventId", Event), ("slantSide", "the protesters"));
        Assert.Equal(HttpStatusCode.OK, started.StatusCode);
        var id = int.Parse(started.RequestMessage!.RequestUri!.AbsolutePath.Split('/')[^1], CultureInfo.InvariantCulture);
        var code = new HtmlParser().ParseDocument(await started.Content.ReadAsStringAsync(ct)).GetElementById("join-code")!.TextContent.Trim();
        return (id, code);
    }

    private static async Task<(HttpClient Client, CookieContainer Cookies)> JoinAsync(string url, string code, string nickname, CancellationToken ct)
    {
        var (response, cookies) = await TryJoinAsync(url, code, nickname, ct);
        Assert.True(cookies is not null, $"{nickname} could not join: {await response.Content.ReadAsStringAsync(ct)}");
        var client = new HttpClient(new HttpClientHandler { CookieContainer = cookies });
        return (client, cookies);
    }

    /// <summary>A new browser joins through <paramref name="url"/>; its cookies when it got a student cookie, else null.</summary>
    private static async Task<(HttpResponseMessage Response, CookieContainer? Cookies)> TryJoinAsync(string url, string code, string nickname, CancellationToken ct)
    {
        var cookies = new CookieContainer();
        using var browser = new HttpClient(new HttpClientHandler { CookieContainer = cookies });
        var response = await PostFormAsync(browser, url, "/join", "/join", ct, ("code", code), ("nickname", nickname));
        var joined = cookies.GetCookies(new Uri(url)).Any(c => c.Name == "biasdashboard.student");
        return (response, joined ? cookies : null);
    }

    private static async Task<HttpResponseMessage> PostFormAsync(
        HttpClient client, string url, string path, string formPage, CancellationToken ct, params (string Name, string Value)[] fields)
    {
        var page = new HtmlParser().ParseDocument(await client.GetStringAsync(url + formPage, ct));
        var token = page.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        var form = fields.Select(f => KeyValuePair.Create(f.Name, f.Value)).Append(KeyValuePair.Create("__RequestVerificationToken", token));
        return await client.PostAsync(url + path, new FormUrlEncodedContent(form), ct);
    }

    private static async Task<HubConnection> ClassHubAsync(string url, CookieContainer cookies, CancellationToken ct)
    {
        var hub = new HubConnectionBuilder()
            .WithUrl(url + "/hubs/class", o =>
            {
                o.Transports = HttpTransportType.WebSockets;
                o.SkipNegotiation = true;
                o.Cookies = cookies;
            })
            .Build();
        await hub.StartAsync(ct);
        return hub;
    }
}
