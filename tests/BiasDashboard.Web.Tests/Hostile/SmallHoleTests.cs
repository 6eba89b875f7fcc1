using System.Net;
using AngleSharp.Html.Parser;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace BiasDashboard.Web.Tests.Hostile;

/// <summary>The audit's smaller holes: the CSV export, sign-in timing and the upload form's result cookie.</summary>
public sealed class SmallHoleTests() : WebAppTest()
{
    [Fact]
    public async Task CsvExport_DefusesFormulasInEveryTextColumn_IncludingUrlAndLeadingTabOrCr()
    {
        await Client.PostAsync("/api/articles", Api.Files(("a.txt", Api.Utf8("Text of the article."))).With("outlet", "\t=1+2")
            .With("title", "\r=HYPERLINK(\"http://evil.example\")").With("url", "=cmd|' /C calc'!A0"));

        var csv = await Client.GetStringAsync("/api/export/articles.csv");
        var row = csv.Split('\n').Single(l => l.Contains("evil.example", StringComparison.Ordinal) || l.Contains("calc", StringComparison.Ordinal));
        var cells = row.Split(',').Select(c => c.Trim('"')).ToList();

        Assert.DoesNotContain(cells, c => c.Length > 0 && c[0] is '=' or '+' or '-' or '@' or '\t' or '\r');
        Assert.Contains("'=cmd|' /C calc'!A0", row, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SignIn_WithAnUnknownEmail_HashesAPasswordLikeAKnownOne()
    {
        var hasher = new CountingHasher();
        await using var app = App.WithWebHostBuilder(b => b.ConfigureServices(s => s.AddSingleton<IPasswordHasher<IdentityUser>>(hasher)));
        await TeacherSession.AddAsync(App, "real@school.example", teacher: true);
        var client = app.CreateClient();

        await TeacherSession.SignInAsync(client, "real@school.example", "wrong password 1");
        var known = hasher.Verifications;
        await TeacherSession.SignInAsync(client, "nobody@school.example", "wrong password 1");

        Assert.Equal(1, known);
        Assert.Equal(2, hasher.Verifications);
    }

    [Fact]
    public async Task UploadForm_ManyFilesWithLongNames_KeepsTheResultCookieSmall()
    {
        var client = App.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var page = new HtmlParser().ParseDocument(await client.GetStringAsync("/articles/new"));
        var token = page.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        var files = Enumerable.Range(0, 25).Select(i => ($"{new string('n', 200)}-{i}.txt", Api.Utf8(i % 2 == 0 ? "Fine text." : ""))).ToArray();
        var form = Api.Files(files).With("outlet", "Cookie Courier").With("__RequestVerificationToken", token);

        var response = await client.PostAsync("/articles/new", form);
        var cookies = response.Headers.TryGetValues("Set-Cookie", out var values) ? values.ToList() : [];

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.All(cookies, c => Assert.True(c.Length < 4096, $"a cookie of {c.Length} bytes"));
        var shown = new HtmlParser().ParseDocument(await client.GetStringAsync("/articles/new")).QuerySelectorAll(".results li");
        Assert.Equal(11, shown.Length);
        Assert.Contains("and 15 more", shown[^1].TextContent, StringComparison.Ordinal);
    }

    private sealed class CountingHasher : IPasswordHasher<IdentityUser>
    {
        private readonly PasswordHasher<IdentityUser> _inner = new();
        private int _verifications;

        public int Verifications => _verifications;

        public string HashPassword(IdentityUser user, string password) => _inner.HashPassword(user, password);

        public PasswordVerificationResult VerifyHashedPassword(IdentityUser user, string hashedPassword, string providedPassword)
        {
            Interlocked.Increment(ref _verifications);
            return _inner.VerifyHashedPassword(user, hashedPassword, providedPassword);
        }
    }
}
