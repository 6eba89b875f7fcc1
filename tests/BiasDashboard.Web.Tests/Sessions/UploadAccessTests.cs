using System.Net;
using AngleSharp.Html.Parser;

namespace BiasDashboard.Web.Tests.Sessions;

public sealed class UploadAccessTests
{
    private static MultipartFormDataContent Article() =>
        Api.Files(("a.txt", Api.Utf8("The march was calm and peaceful."))).With("outlet", "Access Times");

    [Fact]
    public async Task AccountOnly_RefusesAnonymousUploadsAndTakesASignedInOne()
    {
        await using var app = new BiasDashboardFactory(settings: new Dictionary<string, string?> { ["Uploads:Access"] = "Account" });
        var anonymous = app.CreateClient();
        var teacher = app.CreateClient();
        await TeacherSession.SignInAsTeacherAsync(app, teacher);

        var refused = await anonymous.PostAsync("/api/articles", Article());
        var stored = await teacher.PostAsync("/api/articles", Article());

        Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
        Assert.Contains("needs an account", (await refused.JsonAsync()).GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Created, stored.StatusCode);
        Assert.Equal(6, await Api.ArticleCountAsync(anonymous));
    }

    [Fact]
    public async Task AccountOnly_RefusesAnAnonymousPlanAndAnswersASignedInOne()
    {
        await using var app = new BiasDashboardFactory(settings: new Dictionary<string, string?> { ["Uploads:Access"] = "Account" });
        var anonymous = app.CreateClient();
        var teacher = app.CreateClient();
        await TeacherSession.SignInAsTeacherAsync(app, teacher);

        var refused = await anonymous.PostAsync("/api/articles/plan", Article());
        var planned = await teacher.PostAsync("/api/articles/plan", Article());

        Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
        Assert.Contains("needs an account", (await refused.JsonAsync()).GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, planned.StatusCode);
    }

    [Fact]
    public async Task ClassCode_TakesUploadsFromAStudentWhoJoined()
    {
        await using var app = new BiasDashboardFactory(settings: new Dictionary<string, string?> { ["Uploads:Access"] = "ClassCode" });
        var teacher = app.CreateClient();
        await TeacherSession.SignInAsTeacherAsync(app, teacher);
        var form = new HtmlParser().ParseDocument(await teacher.GetStringAsync("/sessions"));
        var started = await teacher.PostAsync("/sessions", new FormUrlEncodedContent(
            [new("eventId", "snp-amendment-2023-11-15"), new("__RequestVerificationToken", form.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!)]));
        var code = new HtmlParser().ParseDocument(await started.Content.ReadAsStringAsync()).GetElementById("join-code")!.TextContent.Trim();
        var student = app.CreateClient();
        var join = new HtmlParser().ParseDocument(await student.GetStringAsync("/join"));
        await student.PostAsync("/join", new FormUrlEncodedContent(
            [new("code", code), new("nickname", "Ada"), new("__RequestVerificationToken", join.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!)]));

        var fromStudent = await student.PostAsync("/api/articles", Article());
        var fromStranger = await app.CreateClient().PostAsync("/api/articles", Article());

        Assert.Equal(HttpStatusCode.Created, fromStudent.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, fromStranger.StatusCode);
        Assert.Contains("class join code", (await fromStranger.JsonAsync()).GetProperty("detail").GetString(), StringComparison.Ordinal);
    }
}

public sealed class IdleSessionTests
{
    [Fact]
    public async Task ASessionIdleLongerThanTheSetting_EndsByItselfAndKeepsItsResults()
    {
        await using var app = new BiasDashboardFactory(settings: new Dictionary<string, string?> { ["Classroom:IdleMinutes"] = "0" });
        var teacher = app.CreateClient();
        await TeacherSession.SignInAsTeacherAsync(app, teacher);
        var form = new HtmlParser().ParseDocument(await teacher.GetStringAsync("/sessions"));
        var started = await teacher.PostAsync("/sessions", new FormUrlEncodedContent(
            [new("eventId", "snp-amendment-2023-11-15"), new("__RequestVerificationToken", form.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!)]));
        var console = started.RequestMessage!.RequestUri!.AbsolutePath;
        await Task.Delay(50);

        var page = await teacher.GetStringAsync(console);

        Assert.Contains("ended · ", page, StringComparison.Ordinal);
        Assert.DoesNotContain("id=\"join-code\"", page, StringComparison.Ordinal); // no join code for an ended class
        Assert.Equal(HttpStatusCode.OK, (await teacher.GetAsync(console + "/results")).StatusCode);
    }
}
