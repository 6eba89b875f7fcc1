using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using AngleSharp.Html.Parser;
using BiasDashboard.Web.Accounts;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace BiasDashboard.Web.Tests.Hostile;

/// <summary>Concurrent requests that create the same thing: each is answered without a 500, and the thing exists once.</summary>
public sealed class RaceTests() : WebAppTest()
{
    private const int Rounds = 5;
    private const int Parallel = 6;

    private static Task<HttpResponseMessage> UploadAsync(HttpClient client, string outlet, string? newEvent = null)
    {
        var form = Api.Files(("race.txt", Api.Utf8("Race report\n\nThe council met on Monday and the vote was close."))).With("outlet", outlet);
        return client.PostAsync("/api/articles", newEvent is null ? form : form.With("newEvent", newEvent));
    }

    [Fact]
    public async Task ConcurrentUploads_CreatingTheSameNewOutlet_AllSucceedAndMakeOneOutlet()
    {
        for (var round = 0; round < Rounds; round++)
        {
            var outlet = $"Race Gazette {round}";
            var responses = await Task.WhenAll(Enumerable.Range(0, Parallel).Select(_ => UploadAsync(App.CreateClient(), outlet)));

            Assert.All(responses, r => Assert.Equal(HttpStatusCode.Created, r.StatusCode));
            var outlets = await Client.GetFromJsonAsync<JsonElement>("/api/outlets");
            Assert.Single(outlets.EnumerateArray(), o => o.GetProperty("name").GetString() == outlet);
        }
    }

    [Fact]
    public async Task ConcurrentUploads_NamingTheSameNewEvent_AllSucceedAndMakeOneEvent()
    {
        for (var round = 0; round < Rounds; round++)
        {
            var title = $"Race night vote {round}";
            var responses = await Task.WhenAll(Enumerable.Range(0, Parallel).Select(i => UploadAsync(App.CreateClient(), $"Outlet {i}", title)));

            Assert.All(responses, r => Assert.Equal(HttpStatusCode.Created, r.StatusCode));
            var events = (await Client.GetFromJsonAsync<JsonElement>("/api/events")).EnumerateArray().Where(e => e.GetProperty("title").GetString() == title).ToList();
            Assert.Single(events);
            Assert.Equal(Parallel, events[0].GetProperty("articles").GetInt32());
        }
    }

    [Fact]
    public async Task EventIds_FromTheApiAndFromAnUpload_AreMadeTheSameWay()
    {
        await TeacherSession.SignInAsTeacherAsync(App, Client);
        var created = await Client.PostAsJsonAsync("/api/events", new { title = "Harbour strike", date = "2024-03-01" });
        var published = Api.Files(("s.txt", Api.Utf8("Dockers walked out."))).With("outlet", "Dock News").With("newEvent", "Harbour strike talks").With("published", "2024-03-02");
        await Client.PostAsync("/api/articles", published);

        var ids = (await Client.GetFromJsonAsync<JsonElement>("/api/events")).EnumerateArray().Select(e => e.GetProperty("id").GetString()).ToList();

        Assert.Equal("/events/harbour-strike-2024-03-01", created.Headers.Location!.ToString());
        Assert.Contains("harbour-strike-talks-2024-03-02", ids);
    }

    [Fact]
    public async Task ConcurrentEventCreation_WithTheSameTitle_GivesDistinctIdsAndNo500()
    {
        await TeacherSession.SignInAsTeacherAsync(App, Client);

        var responses = await Task.WhenAll(Enumerable.Range(0, 16).Select(_ => Client.PostAsJsonAsync("/api/events", new { title = "Budget night" })));

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.Created, r.StatusCode));
        Assert.Equal(16, responses.Select(r => r.Headers.Location!.ToString()).Distinct().Count());
    }

    [Fact]
    public async Task EightConcurrentSetupPosts_CreateExactlyOneTeacher()
    {
        var clients = Enumerable.Range(0, 8).Select(_ => App.CreateClient()).ToList();
        var tokens = await Task.WhenAll(clients.Select(async c =>
            new HtmlParser().ParseDocument(await c.GetStringAsync("/account/setup")).QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!));

        var responses = await Task.WhenAll(clients.Select((c, i) => c.PostAsync("/account/setup", new FormUrlEncodedContent(
            [new("email", $"t{i}@school.example"), new("password", TeacherSession.Password), new("confirm", TeacherSession.Password), new("__RequestVerificationToken", tokens[i])]))));

        await using var scope = App.Services.CreateAsyncScope();
        var teachers = await scope.ServiceProvider.GetRequiredService<UserManager<IdentityUser>>().GetUsersInRoleAsync(Roles.Teacher);
        Assert.Single(teachers);
        Assert.Single(responses, r => r.StatusCode == HttpStatusCode.OK);
        Assert.All(responses.Where(r => r.StatusCode != HttpStatusCode.OK), r => Assert.Equal(HttpStatusCode.NotFound, r.StatusCode));
    }
}
