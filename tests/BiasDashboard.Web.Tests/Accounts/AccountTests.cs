using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using AngleSharp.Html.Parser;
using BiasDashboard.Web.Accounts;

namespace BiasDashboard.Web.Tests.Accounts;

public sealed class AccountTests : WebAppTest
{
    private async Task<HttpResponseMessage> PostSetupAsync(string email, string password, string confirm)
    {
        var page = new HtmlParser().ParseDocument(await Client.GetStringAsync("/account/setup"));
        var antiforgery = page.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        return await Client.PostAsync("/account/setup", new FormUrlEncodedContent(
            [new("email", email), new("password", password), new("confirm", confirm), new("__RequestVerificationToken", antiforgery)]));
    }

    [Fact]
    public async Task Setup_CreatesTheFirstTeacherAndThenDisappears()
    {
        var created = await PostSetupAsync("first@school.example", TeacherSession.Password, TeacherSession.Password);

        Assert.Equal(HttpStatusCode.OK, created.StatusCode); // redirected home, signed in
        Assert.Contains("first@school.example", await created.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await App.CreateClient().GetAsync("/account/setup")).StatusCode);
        var response = await Client.PostAsJsonAsync("/api/events", new { title = "Made by the first teacher" });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode); // the cookie makes the API teacher-only calls work
    }

    [Theory]
    [InlineData("weak", "weak", "at least 10 characters")]
    [InlineData("correct horse battery 9", "correct horse battery 8", "The two passwords differ")]
    public async Task Setup_RefusesWeakOrMismatchedPasswordsAndCreatesNoOne(string password, string confirm, string reason)
    {
        var response = await PostSetupAsync("first@school.example", password, confirm);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains(reason, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await Client.GetAsync("/account/setup")).StatusCode); // still no teacher
    }

    [Fact]
    public async Task SignIn_FiveWrongPasswords_LockTheAccountEvenForTheRightOne()
    {
        await TeacherSession.AddAsync(App, "locked@school.example", teacher: true);

        for (var i = 0; i < 5; i++)
        {
            Assert.Equal(HttpStatusCode.Unauthorized, (await TeacherSession.SignInAsync(Client, "locked@school.example", "wrong password " + i)).StatusCode);
        }

        var right = await TeacherSession.SignInAsync(Client, "locked@school.example");

        Assert.Equal(HttpStatusCode.Unauthorized, right.StatusCode);
        Assert.Contains("locked for 15 minutes", await right.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task SignOut_EndsTheTeachersSession()
    {
        await TeacherSession.SignInAsTeacherAsync(App, Client);
        var home = new HtmlParser().ParseDocument(await Client.GetStringAsync("/"));
        var antiforgery = home.QuerySelector("form.signout input[name=__RequestVerificationToken]")!.GetAttribute("value")!;

        await Client.PostAsync("/account/login?handler=Logout", new FormUrlEncodedContent([new("__RequestVerificationToken", antiforgery)]));

        Assert.Equal(HttpStatusCode.Unauthorized, (await Client.PostAsJsonAsync("/api/events", new { title = "x" })).StatusCode);
    }

    [Fact]
    public async Task TeacherOnlyEndpoints_RefuseASignedInNonTeacher()
    {
        await TeacherSession.AddAsync(App, "student@school.example", teacher: false);
        await TeacherSession.SignInAsync(Client, "student@school.example");

        var responses = new[]
        {
            await Client.PostAsJsonAsync("/api/events", new { title = "x" }),
            await Client.DeleteAsync("/api/articles/1"),
            await Client.PutAsJsonAsync("/api/outlets/1/tags", new Dictionary<string, string> { ["reach"] = "x" }),
            await Client.DeleteAsync("/api/events/snp-amendment-2023-11-15"),
        };

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.Forbidden, r.StatusCode));
        Assert.Equal(5, await Api.ArticleCountAsync(Client));
    }

    [Fact]
    public async Task UserAdd_InProcess_AddsATeacherWhoCanSignIn()
    {
        var output = new StringWriter();
        var error = new StringWriter();

        var code = await UserCommand.RunAsync(App.Services, ["user", "add", "--email", "cli@school.example", "--teacher"],
            new StringReader($"{TeacherSession.Password}\n{TeacherSession.Password}\n"), output, error);
        var signIn = await TeacherSession.SignInAsync(Client, "cli@school.example");

        Assert.Equal(0, code);
        Assert.Contains("added cli@school.example as a teacher", output.ToString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, signIn.StatusCode);
    }

    [Theory]
    [InlineData(new[] { "user", "add" }, 2, "usage: user add")]
    [InlineData(new[] { "user", "remove", "--email", "a@b.c" }, 2, "usage: user add")]
    public async Task UserAdd_BadArguments_PrintUsage(string[] args, int expected, string message)
    {
        var error = new StringWriter();

        var code = await UserCommand.RunAsync(App.Services, args, new StringReader(""), new StringWriter(), error);

        Assert.Equal(expected, code);
        Assert.Contains(message, error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task UserAdd_MismatchedPasswords_AddsNoOne()
    {
        var error = new StringWriter();

        var code = await UserCommand.RunAsync(App.Services, ["user", "add", "--email", "x@school.example", "--teacher"],
            new StringReader("one long password 1\nanother password 2\n"), new StringWriter(), error);

        Assert.Equal(1, code);
        Assert.Equal(HttpStatusCode.Unauthorized, (await TeacherSession.SignInAsync(Client, "x@school.example", "one long password 1")).StatusCode);
    }

    [Fact]
    [Trait("Provider", "SqliteOnly")] // a SQLite file reopened by a second app; on PostgreSQL see TwoInstanceTests
    public async Task UserAdd_AsARealProcessWithTeacherPassword_UsesTheAppsStorage()
    {
        _ = Client; // the app has created and migrated the database
        var start = new ProcessStartInfo("dotnet", ["BiasDashboard.Web.dll", "user", "add", "--email", "process@school.example", "--teacher"])
        {
            WorkingDirectory = AppContext.BaseDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            Environment =
            {
                ["TEACHER_PASSWORD"] = TeacherSession.Password,
                ["Storage__ConnectionString"] = $"Data Source={App.DatabaseFile};Pooling=False",
                ["Seeds__ImportOnEmptyDatabase"] = "false",
            },
        };
        using var process = Process.Start(start)!;
        var stdout = await process.StandardOutput.ReadToEndAsync();
        var stderr = await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();

        Assert.True(process.ExitCode == 0, stdout + stderr);
        Assert.Contains("added process@school.example as a teacher", stdout, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await TeacherSession.SignInAsync(Client, "process@school.example")).StatusCode);
    }
}
