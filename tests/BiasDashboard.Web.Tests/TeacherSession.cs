using AngleSharp.Html.Parser;
using BiasDashboard.Web.Accounts;
using Microsoft.Extensions.DependencyInjection;

namespace BiasDashboard.Web.Tests;

/// <summary>Creates accounts in a test app and signs a client in through the real sign-in form (cookie and antiforgery).</summary>
internal static class TeacherSession
{
    public const string Password = "correct horse battery 9";

    public static async Task AddAsync(BiasDashboardFactory app, string email, bool teacher)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var (user, errors) = await scope.ServiceProvider.GetRequiredService<TeacherAccounts>().AddAsync(email, Password, teacher);
        Assert.True(user is not null, string.Join(" ", errors));
    }

    public static async Task<HttpResponseMessage> SignInAsync(HttpClient client, string email, string password = Password)
    {
        var page = new HtmlParser().ParseDocument(await client.GetStringAsync("/account/login"));
        var antiforgery = page.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        return await client.PostAsync("/account/login", new FormUrlEncodedContent(
        [
            new("email", email), new("password", password), new("__RequestVerificationToken", antiforgery),
        ]));
    }

    /// <summary>A teacher account, signed in on <paramref name="client"/>.</summary>
    public static async Task SignInAsTeacherAsync(BiasDashboardFactory app, HttpClient client, string email = "teacher@school.example")
    {
        await AddAsync(app, email, teacher: true);
        var response = await SignInAsync(client, email);
        Assert.True(response.IsSuccessStatusCode, $"sign-in answered {(int)response.StatusCode}");
    }
}
