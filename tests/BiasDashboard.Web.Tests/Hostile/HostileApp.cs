using System.Diagnostics;
using System.Net;
using System.Text.Json;

namespace BiasDashboard.Web.Tests.Hostile;

/// <summary>
/// What every hostile case checks through the running app: the status, a problem-details message that says what
/// to do, nothing stored, the server still answering <c>/healthz</c>, and the process's memory still bounded.
/// </summary>
internal static class HostileApp
{
    /// <summary>Most the process's working set may grow over one hostile request (the 2 MB uploads and their analysis fit well inside).</summary>
    private const long MaxGrowthBytes = 400L * 1024 * 1024;

    public static async Task<JsonElement> AssertRefusedAsync(
        HttpClient client, Func<Task<HttpResponseMessage>> send, HttpStatusCode[] statuses, string detailContains)
    {
        var before = await Api.ArticleCountAsync(client);
        var memoryBefore = Process.GetCurrentProcess().WorkingSet64;

        using var response = await send();
        var body = await response.Content.ReadAsStringAsync();

        Assert.True(statuses.Contains(response.StatusCode), $"answered {(int)response.StatusCode}: {body[..Math.Min(body.Length, 400)]}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = JsonSerializer.Deserialize<JsonElement>(body);
        Assert.Contains(detailContains, problem.GetProperty("detail").GetString(), StringComparison.OrdinalIgnoreCase);
        Assert.Equal(before, await Api.ArticleCountAsync(client));
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/healthz")).StatusCode);
        Assert.True(Process.GetCurrentProcess().WorkingSet64 - memoryBefore < MaxGrowthBytes, "memory grew by more than 400 MB");
        return problem;
    }
}
