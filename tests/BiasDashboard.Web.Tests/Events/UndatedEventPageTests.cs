using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using AngleSharp.Html.Parser;

namespace BiasDashboard.Web.Tests.Events;

/// <summary>
/// Events made from uploads often have no date. Their dashboard and worksheet used to open their line of facts with a
/// stray separator ("· 4 outlets · worksheet") where the date would have been.
/// </summary>
public sealed class UndatedEventPageTests() : WebAppTest(new Dictionary<string, string?> { ["Admin:Token"] = Token })
{
    private const string Token = "undated-event-token-not-a-secret";

    private async Task<string> UndatedEventWithAnArticleAsync()
    {
        using var create = new HttpRequestMessage(HttpMethod.Post, "/api/events") { Content = JsonContent.Create(new { title = "Library closure" }) };
        create.Headers.Authorization = new AuthenticationHeaderValue("Bearer", Token);
        var created = await Client.SendAsync(create);
        created.EnsureSuccessStatusCode();
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
        var upload = await Client.PostAsJsonAsync("/api/articles",
            new { outlet = "Theta Wire", title = "Mayor closes library", text = "The mayor closed the library on Tuesday. \"It was a hard choice,\" she said.", eventIds = new[] { id } });
        upload.EnsureSuccessStatusCode();
        return id;
    }

    [Fact]
    public async Task UndatedEvent_WorksheetAndDashboard_StartTheirMetaLineWithoutASeparator()
    {
        var id = await UndatedEventWithAnArticleAsync();

        var worksheet = new HtmlParser().ParseDocument(await Client.GetStringAsync($"/events/{id}/worksheet"));
        var dashboard = new HtmlParser().ParseDocument(await Client.GetStringAsync($"/?event={id}"));

        var sheetMeta = worksheet.QuerySelectorAll("p.meta").Select(p => p.TextContent.Trim()).Single(t => t.EndsWith("worksheet", StringComparison.Ordinal));
        Assert.StartsWith("1 outlet", sheetMeta, StringComparison.Ordinal);
        var dashboardMeta = dashboard.QuerySelectorAll("p.meta").Select(p => p.TextContent.Trim()).Single(t => t.Contains("compare side by side", StringComparison.Ordinal));
        Assert.StartsWith("compare side by side", dashboardMeta, StringComparison.Ordinal);
    }
}
