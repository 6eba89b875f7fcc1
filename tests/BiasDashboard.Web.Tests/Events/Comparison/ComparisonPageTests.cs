using System.Net;
using AngleSharp.Html.Parser;
using BiasDashboard.Web.Tests.Hubs;
using Microsoft.AspNetCore.SignalR.Client;

namespace BiasDashboard.Web.Tests.Events.Comparison;

public sealed class ComparisonPageTests : WebAppTest
{
    private const string SnpVote = "/events/snp-amendment-2023-11-15";

    private async Task<HttpResponseMessage> PostFormAsync(string page, string handler, params (string Name, string Value)[] fields)
    {
        // Someone not signed in as a teacher sees no teachers' form; a hand-made post carries a valid antiforgery token from another form.
        var document = new HtmlParser().ParseDocument(await Client.GetStringAsync(page));
        var antiforgery = (document.QuerySelector("input[name=__RequestVerificationToken]")
                           ?? new HtmlParser().ParseDocument(await Client.GetStringAsync("/articles/new")).QuerySelector("input[name=__RequestVerificationToken]"))!
            .GetAttribute("value")!;
        var form = new FormUrlEncodedContent(fields.Select(f => new KeyValuePair<string, string>(f.Name, f.Value))
            .Append(new("__RequestVerificationToken", antiforgery)));
        return await Client.PostAsync($"{page}?handler={handler}", form);
    }

    [Fact]
    public async Task Page_ShowsTheOutletsSideBySideWithTheFactsThatDiffer()
    {
        var document = new HtmlParser().ParseDocument(await Client.GetStringAsync(SnpVote));

        Assert.Equal(["Daily Express", "Middle East Eye", "Roman Road London", "The National"],
            document.QuerySelectorAll("#side-by-side thead th[data-column]").Select(th => th.GetAttribute("data-column")));
        var differences = document.QuerySelector("#differences")!.TextContent;
        Assert.Contains("294–125", differences, StringComparison.Ordinal);
        Assert.Contains("293–125", differences, StringComparison.Ordinal);
        Assert.Contains("Frontbenchers who resigned", differences, StringComparison.Ordinal);
        Assert.Contains("How Rushanara Ali voted", differences, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Page_SaysHowManyQuotedPassagesHaveNoNamedSpeaker()
    {
        var document = new HtmlParser().ParseDocument(await Client.GetStringAsync(SnpVote));

        var coverage = document.QuerySelector("#voices-coverage")!.TextContent;
        Assert.Matches(@"^\d+ of \d+ quoted passages have no named speaker\.$", coverage);
    }

    [Fact]
    public async Task Page_EveryFactLinksToTheHighlightedSentence()
    {
        var document = new HtmlParser().ParseDocument(await Client.GetStringAsync(SnpVote));
        var link = document.QuerySelectorAll("#differences a").First(a => a.TextContent.Contains("293 to 125", StringComparison.Ordinal)).GetAttribute("href")!;

        var article = new HtmlParser().ParseDocument(await Client.GetStringAsync(link));
        var fragment = link[(link.IndexOf('#', StringComparison.Ordinal) + 1)..];
        var sentence = article.GetElementById(fragment)!;

        Assert.Contains("hl", sentence.ClassList);
        Assert.Contains("293 to 125", sentence.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Page_SortsColumnsByTone()
    {
        var document = new HtmlParser().ParseDocument(await Client.GetStringAsync(SnpVote + "?sort=negative"));
        var means = document.QuerySelectorAll("#side-by-side td.tone").Select(td => double.Parse(td.GetAttribute("data-mean")!, System.Globalization.CultureInfo.InvariantCulture)).ToList();

        Assert.Equal(means.Order(), means);
        Assert.Equal(4, means.Count);
    }

    [Fact]
    public async Task TeacherForm_WhenNotSignedInAsATeacher_Is403AndChangesNothing()
    {
        var response = await PostFormAsync(SnpVote, "Edit", ("title", "Renamed"));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Contains("Commons vote on the SNP ceasefire amendment", await Client.GetStringAsync(SnpVote), StringComparison.Ordinal);
    }

    [Fact]
    public async Task TeacherForm_WithoutAntiforgery_IsRefused()
    {
        await TeacherSession.SignInAsTeacherAsync(App, Client);
        var response = await Client.PostAsync(SnpVote + "?handler=Edit", new FormUrlEncodedContent([new("title", "Renamed")]));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task TeacherForm_AddsAFactThatShowsInTheLedger_OnceTheComparisonIsRebuilt()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        await TeacherSession.SignInAsTeacherAsync(App, Client);
        await using var hub = await TestHub.ConnectAsync(App.Server, timeout.Token);
        var ready = hub.Calls<System.Text.Json.JsonElement>(
            "ComparisonReady", r => r.GetProperty("part").GetString() == "comparison"); // not the dashboard's
        await hub.InvokeAsync("WatchEvent", SnpVote["/events/".Length..], timeout.Token);
        var response = await PostFormAsync(SnpVote, "AddFact", ("statement", "Rushanara Ali abstained"), ("terms", "Ali, abstain"), ("contradictTerms", "Ali, voted against"));
        var answer = await response.Content.ReadAsStringAsync(timeout.Token);
        await ready.ReadAsync(timeout.Token); // rebuilt in the background; the page refreshes on this push
        var ledger = new HtmlParser().ParseDocument(await Client.GetStringAsync(SnpVote, timeout.Token)).QuerySelector("#ledger tbody tr")!;

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Fact added to the ledger.", answer, StringComparison.Ordinal);
        // The answer shows the last comparison marked as updating, or the rebuilt one when the background rebuild won
        // the race with the page: never the old ledger unmarked.
        var answered = new HtmlParser().ParseDocument(answer);
        Assert.True(answered.QuerySelector("#comparison-updating") is not null ||
                    answered.QuerySelector("#ledger")?.TextContent.Contains("Rushanara Ali abstained", StringComparison.Ordinal) == true,
            "the answer neither says it is updating nor shows the new fact");
        Assert.Contains("Rushanara Ali abstained", ledger.TextContent, StringComparison.Ordinal);
        Assert.Equal(["st-contradicts", "st-states", "st-states", "st-omits"], ledger.QuerySelectorAll("td").Select(td => td.ClassName));
    }

    [Fact]
    public async Task HostileArticleText_IsEncodedEverywhereOnTheComparison()
    {
        var hostile = "---\ntitle: \"<script>alert(1)</script>\"\ndate: 2023-11-16\n---\n<img src=x onerror=alert(2)> said: “<b>The vote failed</b> by 293 to 125 votes,” said <i>Evil</i> Person.";
        await Client.PostAsync("/api/articles", Api.Files(("hostile.md", Api.Utf8(hostile))).With("outlet", "<svg onload=alert(3)>").With("eventIds", "snp-amendment-2023-11-15"));

        var html = await Client.GetStringAsync(SnpVote);

        Assert.DoesNotContain("<script>alert", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<svg onload", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<img src=x", html, StringComparison.Ordinal);
        Assert.Contains("&lt;svg onload=alert(3)&gt;", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task OutletProfile_ShowsItsArticlesAndSetsTagsOnlyForATeacher()
    {
        var outlets = new HtmlParser().ParseDocument(await Client.GetStringAsync("/outlets"));
        var href = outlets.QuerySelectorAll("a").First(a => a.TextContent == "Roman Road London").GetAttribute("href")!;

        var refused = await PostFormAsync(href, "Tags", ("lines", "reach: hyperlocal"));
        await TeacherSession.SignInAsTeacherAsync(App, Client);
        var saved = await PostFormAsync(href, "Tags", ("lines", "reach: hyperlocal\nformat: news site"));
        var page = new HtmlParser().ParseDocument(await Client.GetStringAsync(href));

        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        Assert.Contains("reach: hyperlocal", page.QuerySelector(".meta")!.TextContent, StringComparison.Ordinal);
        Assert.Single(page.QuerySelectorAll("#profile-articles tbody tr"));
        Assert.NotEmpty(page.QuerySelectorAll("#profile-voices tbody tr"));
    }
}
