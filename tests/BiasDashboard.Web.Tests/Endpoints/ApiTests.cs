using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

namespace BiasDashboard.Web.Tests.Endpoints;

public sealed class ApiTests() : WebAppTest(new Dictionary<string, string?> { ["Admin:Token"] = AdminToken })
{
    private const string AdminToken = "test-admin-token-not-a-secret";

    [Fact]
    public async Task Comparison_DefaultEvent_HasOneSummaryAndOneBarPerOutlet()
    {
        var comparison = await Client.GetFromJsonAsync<JsonElement>("/api/events/snp-amendment-2023-11-15/comparison");
        var outlets = comparison.GetProperty("outlets").EnumerateArray().Select(o => o.GetProperty("outlet").GetString()).ToList();
        var bars = comparison.GetProperty("figures").GetProperty("compound").GetProperty("figure").GetProperty("data")[0];

        Assert.Equal(["Daily Express", "Middle East Eye", "Roman Road London", "The National"], outlets);
        Assert.Equal(outlets, bars.GetProperty("x").EnumerateArray().Select(x => x.GetString()));
        Assert.All(comparison.GetProperty("outlets").EnumerateArray(), o =>
            Assert.InRange(o.GetProperty("meanCompound").GetDouble(), o.GetProperty("low").GetDouble(), o.GetProperty("high").GetDouble()));
    }

    [Fact]
    public async Task Comparison_UnknownEvent_Is404() =>
        Assert.Equal(HttpStatusCode.NotFound, (await Client.GetAsync("/api/events/nope/comparison")).StatusCode);

    [Fact]
    public async Task Outlets_ListsEverySeedOutlet() =>
        Assert.Equal(5, (await Client.GetFromJsonAsync<JsonElement>("/api/outlets")).GetArrayLength());

    [Fact]
    public async Task Delete_WithoutToken_Is401_AndWithToken_Removes()
    {
        var created = await Client.PostAsync("/api/articles", Api.Files(("d.txt", Api.Utf8("Delete me."))).With("outlet", "Doomed Daily"));
        var id = (await created.JsonAsync()).GetProperty("id").GetInt32();

        var anonymous = await Client.DeleteAsync($"/api/articles/{id}");
        using var request = new HttpRequestMessage(HttpMethod.Delete, $"/api/articles/{id}");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", AdminToken);
        var authorised = await Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, authorised.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await Client.GetAsync($"/api/articles/{id}")).StatusCode);
    }

    [Fact]
    public async Task Delete_WithNoTokenConfiguredAndNoTeacherSignedIn_IsUnauthorized()
    {
        await using var app = new BiasDashboardFactory();

        var response = await app.CreateClient().DeleteAsync("/api/articles/1");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal(5, await Api.ArticleCountAsync(app.CreateClient()));
    }

    [Fact]
    public async Task ExportCsv_HasOneRowPerArticle_AndDefusesFormulas()
    {
        await Client.PostAsync("/api/articles", Api.Files(("f.txt", Api.Utf8("A formula title test."))).With("outlet", "=HYPERLINK(\"x\")"));

        var csv = await Client.GetStringAsync("/api/export/articles.csv");
        var lines = csv.TrimEnd().Split('\n');

        Assert.StartsWith("Id,Title,Outlet,Published", lines[0], StringComparison.Ordinal);
        Assert.Equal(await Api.ArticleCountAsync(Client) + 1, lines.Length);
        Assert.Contains("'=HYPERLINK", csv, StringComparison.Ordinal);
        Assert.Contains(",2023-11-16,", csv, StringComparison.Ordinal);
    }

    [Fact]
    public async Task OpenApiDocument_DescribesTheApi()
    {
        var doc = await Client.GetStringAsync("/openapi/v1.json");

        Assert.Contains("\"/api/articles\"", doc, StringComparison.Ordinal);
        Assert.Contains("\"/api/events/{eventId}/comparison\"", doc, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ApiPage_IsServedAsHtmlThatLoadsTheOpenApiDocumentAndItsBundledScript()
    {
        var response = await Client.GetAsync("/scalar/v1");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("openapi/v1.json", html, StringComparison.Ordinal);
        // Everything it needs comes from this server (classrooms are often offline): the script, and no web fonts.
        Assert.Equal(HttpStatusCode.OK, (await Client.GetAsync("/scalar/scalar.js")).StatusCode);
        Assert.DoesNotContain("https://", html, StringComparison.Ordinal);
        // The inline start-up script is allowed on this page only.
        Assert.Contains("'unsafe-inline'", response.Headers.GetValues("Content-Security-Policy").Single().Split("script-src")[1].Split(';')[0],
            StringComparison.Ordinal);
        var dashboardPolicy = (await Client.GetAsync("/")).Headers.GetValues("Content-Security-Policy").Single();
        Assert.Contains("script-src 'self';", dashboardPolicy, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Healthz_ReportsTheDatabaseHealthy() =>
        Assert.Equal("Healthy", await Client.GetStringAsync("/healthz"));

    [Theory]
    [InlineData("/js/dashboard.js")]
    [InlineData("/lib/plotly/plotly.min.js")]
    [InlineData("/lib/signalr/signalr.min.js")]
    [InlineData("/css/site.css")]
    public async Task StaticFiles_AreServedFromTheRepositoryWwwroot(string path) =>
        Assert.Equal(HttpStatusCode.OK, (await Client.GetAsync(path)).StatusCode);

    [Fact]
    public async Task ArticleDetail_ScoresMatchTheAnalysisLibrary()
    {
        var article = await Client.GetFromJsonAsync<JsonElement>("/api/articles/1");
        var text = article.GetProperty("text").GetString()!;
        var first = article.GetProperty("sentences")[4];
        var sentence = text[first.GetProperty("start").GetInt32()..first.GetProperty("end").GetInt32()];

        var expected = BiasDashboard.Analysis.Sentiment.VaderAnalyzer.Default.PolarityScores(sentence);

        Assert.Equal(expected.Compound, first.GetProperty("compound").GetDouble());
        Assert.Equal(double.Parse(expected.Compound.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture), first.GetProperty("compound").GetDouble());
    }
}
