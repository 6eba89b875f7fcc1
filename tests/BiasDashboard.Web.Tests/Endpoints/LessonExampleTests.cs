using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;

namespace BiasDashboard.Web.Tests.Endpoints;

public sealed class LessonExampleTests() : WebAppTest(new Dictionary<string, string?> { ["Admin:Token"] = Token })
{
    private const string Token = "lesson-token-not-a-secret";

    [Fact]
    public async Task Save_WithTheToken_KeepsBothVersionsWithServerScores_AndListsThem()
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/lesson-examples")
        {
            Content = JsonContent.Create(new { articleId = 1, sentenceIndex = 8, edited = "One activist said Ms Ali had been criticised.", note = "Compare 'targeted'." }),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", Token);

        var response = await Client.SendAsync(request);
        var saved = await response.JsonAsync();
        var page = await Client.GetStringAsync("/lessons");

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.StartsWith("One activist from Stop The War said Ms Ali", saved.GetProperty("original").GetString(), StringComparison.Ordinal);
        Assert.NotEqual(saved.GetProperty("originalCompound").GetDouble(), saved.GetProperty("editedCompound").GetDouble());
        Assert.Contains("Compare &#x27;targeted&#x27;.", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Save_WithoutTheToken_Is401AndStoresNothing()
    {
        var response = await Client.PostAsJsonAsync("/api/lesson-examples", new { articleId = 1, sentenceIndex = 0, edited = "x" });

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal(0, (await Client.GetFromJsonAsync<System.Text.Json.JsonElement>("/api/lesson-examples")).GetArrayLength());
    }
}
