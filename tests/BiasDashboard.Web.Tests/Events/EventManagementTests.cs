using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

namespace BiasDashboard.Web.Tests.Events;

public sealed class EventManagementTests() : WebAppTest(new Dictionary<string, string?> { ["Admin:Token"] = Token })
{
    private const string Token = "event-admin-token-not-a-secret";

    public static TheoryData<string, string, string?> MutatingEndpoints => new()
    {
        { "POST", "/api/events", """{"title":"X"}""" },
        { "PUT", "/api/events/snp-amendment-2023-11-15", """{"title":"X"}""" },
        { "DELETE", "/api/events/snp-amendment-2023-11-15", null },
        { "POST", "/api/events/snp-amendment-2023-11-15/merge", """{"into":"school-strike-2023-11-16"}""" },
        { "POST", "/api/events/snp-amendment-2023-11-15/facts", """{"statement":"s","terms":"t"}""" },
        { "DELETE", "/api/events/snp-amendment-2023-11-15/facts/1", null },
        { "PUT", "/api/articles/1/events", """{"eventIds":[]}""" },
        { "PUT", "/api/outlets/1/tags", """{"reach":"national"}""" },
        { "DELETE", "/api/articles/1", null },
    };

    private static HttpRequestMessage Request(string method, string url, string? json, string? token)
    {
        var request = new HttpRequestMessage(new HttpMethod(method), url)
        {
            Content = json is null ? null : new StringContent(json, System.Text.Encoding.UTF8, "application/json"),
        };
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        return request;
    }

    private async Task<JsonElement> EventsAsync() => await Client.GetFromJsonAsync<JsonElement>("/api/events", Api.Json);

    [Theory]
    [MemberData(nameof(MutatingEndpoints))]
    public async Task EveryChange_WithoutOrWithAWrongToken_IsRefusedAndChangesNothing(string method, string url, string? json)
    {
        var before = (await EventsAsync()).GetRawText();

        var anonymous = await Client.SendAsync(Request(method, url, json, token: null));
        var wrong = await Client.SendAsync(Request(method, url, json, token: "guess"));

        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, wrong.StatusCode);
        Assert.Equal(before, (await EventsAsync()).GetRawText());
        Assert.Equal(5, await Api.ArticleCountAsync(Client));
    }

    [Fact]
    public async Task CreateRenameAndDescribe_ShowOnTheEventPage()
    {
        var created = await Client.SendAsync(Request("POST", "/api/events", """{"title":"Speaker row","date":"2024-02-21"}""", Token));
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var id = (await created.JsonAsync()).GetProperty("id").GetString()!;

        var renamed = await Client.SendAsync(Request("PUT", $"/api/events/{id}", """{"title":"The Speaker row <b>","date":"2024-02-21","description":"Hoyle broke convention."}""", Token));
        var page = await Client.GetStringAsync($"/events/{id}");

        Assert.Equal(HttpStatusCode.NoContent, renamed.StatusCode);
        Assert.Contains("The Speaker row &lt;b&gt;", page, StringComparison.Ordinal);
        Assert.Contains("Hoyle broke convention.", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Merge_MovesTheArticlesAndRemovesTheEvent()
    {
        var response = await Client.SendAsync(Request("POST", "/api/events/school-strike-2023-11-16/merge", """{"into":"snp-amendment-2023-11-15"}""", Token));
        var events = (await EventsAsync()).EnumerateArray().ToDictionary(e => e.GetProperty("id").GetString()!, e => e.GetProperty("articles").GetInt32());

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        Assert.False(events.ContainsKey("school-strike-2023-11-16"));
        Assert.Equal(4, events["snp-amendment-2023-11-15"]); // both school-strike articles were already in the vote event
        Assert.Equal(5, await Api.ArticleCountAsync(Client));
    }

    [Fact]
    public async Task Delete_KeepsTheArticles()
    {
        var response = await Client.SendAsync(Request("DELETE", "/api/events/snp-amendment-2023-11-15", null, Token));

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await Client.GetAsync("/api/events/snp-amendment-2023-11-15/comparison")).StatusCode);
        Assert.Equal(5, await Api.ArticleCountAsync(Client));
    }

    [Fact]
    public async Task ArticleEvents_CanBeSetToSeveral()
    {
        var response = await Client.SendAsync(Request("PUT", "/api/articles/5/events", """{"eventIds":["snp-amendment-2023-11-15","ge2024-bethnal-green"]}""", Token));
        var article = await Client.GetFromJsonAsync<JsonElement>("/api/articles/5", Api.Json);

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        Assert.Equal(["ge2024-bethnal-green", "snp-amendment-2023-11-15"], article.GetProperty("events").EnumerateArray().Select(e => e.GetProperty("id").GetString()).Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("POST", "/api/events", """{"title":"  "}""", HttpStatusCode.UnprocessableEntity)]
    [InlineData("POST", "/api/events", """{"title":"x","date":"not a date"}""", HttpStatusCode.BadRequest)]
    [InlineData("PUT", "/api/events/snp-amendment-2023-11-15", """{"title":""", HttpStatusCode.BadRequest)]
    [InlineData("POST", "/api/events/snp-amendment-2023-11-15/merge", """{"into":"snp-amendment-2023-11-15"}""", HttpStatusCode.UnprocessableEntity)]
    [InlineData("POST", "/api/events/nope/merge", """{"into":"snp-amendment-2023-11-15"}""", HttpStatusCode.NotFound)]
    [InlineData("PUT", "/api/articles/1/events", """{"eventIds":["no-such-event"]}""", HttpStatusCode.UnprocessableEntity)]
    [InlineData("PUT", "/api/outlets/1/tags", """{"":"x"}""", HttpStatusCode.UnprocessableEntity)]
    [InlineData("POST", "/api/events/snp-amendment-2023-11-15/facts", """{"statement":"no terms"}""", HttpStatusCode.UnprocessableEntity)]
    public async Task BadChanges_AreRefusedWithAReason(string method, string url, string json, HttpStatusCode expected)
    {
        var response = await Client.SendAsync(Request(method, url, json, Token));

        Assert.Equal(expected, response.StatusCode);
        Assert.False(string.IsNullOrEmpty((await response.JsonAsync()).GetProperty("detail").GetString()));
    }
}
