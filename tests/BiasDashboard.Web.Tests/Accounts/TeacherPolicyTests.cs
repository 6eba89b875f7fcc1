using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using AngleSharp.Html.Parser;
using BiasDashboard.Web.Accounts;

namespace BiasDashboard.Web.Tests.Accounts;

/// <summary>
/// One teacher policy for every teacher-only endpoint, page and hub method: met by a signed-in teacher or by the admin
/// token, refused with a problem that says what to do.
/// </summary>
public sealed class TeacherPolicyTests() : WebAppTest(new Dictionary<string, string?> { ["Admin:Token"] = Token })
{
    private const string Token = "policy-test-token-not-a-secret";

    private static HttpRequestMessage CreateEvent(string? token)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/events") { Content = JsonContent.Create(new { title = "Policy test" }) };
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        return request;
    }

    [Fact]
    public async Task Api_Anonymous_Is401WithAProblemThatSaysHowToSignIn()
    {
        var response = await Client.SendAsync(CreateEvent(token: null));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(TeacherProblems.SignInFirst, (await response.JsonAsync()).GetProperty("detail").GetString());
        Assert.Equal("Bearer", response.Headers.WwwAuthenticate.Single().Scheme);
    }

    [Theory]
    [InlineData("wrong-token")]
    [InlineData(Token + "x")]
    [InlineData("policy-test-token-not-a-secreT")]
    public async Task Api_WrongToken_Is401AndChangesNothing(string token)
    {
        var response = await Client.SendAsync(CreateEvent(token));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.DoesNotContain("Policy test", await Client.GetStringAsync("/api/events"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Api_AdminToken_MeetsThePolicy()
    {
        var response = await Client.SendAsync(CreateEvent(Token));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
    }

    [Fact]
    public async Task Api_SignedInNonTeacher_Is403WithAProblemThatSaysOnlyTeachersMay()
    {
        await TeacherSession.AddAsync(App, "parent@school.example", teacher: false);
        await TeacherSession.SignInAsync(Client, "parent@school.example");

        var response = await Client.SendAsync(CreateEvent(token: null));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal(TeacherProblems.TeachersOnly, (await response.JsonAsync()).GetProperty("detail").GetString());
    }

    [Fact]
    public async Task TeacherPages_Anonymous_AreSentToTheSignInPage()
    {
        using var client = App.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        var response = await client.GetAsync("/sessions");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/account/login", response.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }

    [Fact]
    public async Task EventPage_AdminToken_SeesTheTeachersFormsAndAnonymousDoesNot()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/events/snp-amendment-2023-11-15");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", Token);

        var withToken = new HtmlParser().ParseDocument(await (await Client.SendAsync(request)).Content.ReadAsStringAsync());
        var anonymous = new HtmlParser().ParseDocument(await Client.GetStringAsync("/events/snp-amendment-2023-11-15"));

        Assert.NotNull(withToken.GetElementById("manage"));
        Assert.Null(anonymous.GetElementById("manage"));
    }
}
