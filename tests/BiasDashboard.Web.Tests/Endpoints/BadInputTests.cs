using System.Net;
using System.Text;

namespace BiasDashboard.Web.Tests.Endpoints;

public sealed class BadInputTests : IAsyncLifetime
{
    private readonly BiasDashboardFactory _app = new();
    private HttpClient _client = null!;
    private int _before;

    public async Task InitializeAsync()
    {
        _client = _app.CreateClient();
        _before = await Api.ArticleCountAsync(_client);
    }

    public async Task DisposeAsync() => await _app.DisposeAsync();

    public static TheoryData<string, byte[], HttpStatusCode, string> BadFiles => new()
    {
        { "huge.txt", Encoding.UTF8.GetBytes(new string('a', 2 * 1024 * 1024 + 1)), HttpStatusCode.RequestEntityTooLarge, "huge.txt: the file is 2.0 MB; the limit is 2 MB" },
        { "empty.txt", [], HttpStatusCode.UnprocessableEntity, "empty.txt: the file is empty" },
        { "photo.txt", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13], HttpStatusCode.UnprocessableEntity, "photo.txt: the file looks binary" },
        { "latin1.txt", Encoding.Latin1.GetBytes("Caf\u00e9 owners said the march was loud."), HttpStatusCode.UnprocessableEntity, "latin1.txt: the file is not valid UTF-8" },
        { "broken.md", Encoding.UTF8.GetBytes("---\ntitle: [unclosed\n---\nBody."), HttpStatusCode.UnprocessableEntity, "broken.md: the front matter is not valid YAML" },
        { "slides.pdf", Encoding.UTF8.GetBytes("%PDF-1.7"), HttpStatusCode.UnsupportedMediaType, "slides.pdf: unknown format" },
    };

    [Theory]
    [MemberData(nameof(BadFiles))]
    public async Task PostBadFile_IsRefusedWithTheRightStatusAndNothingIsStored(string name, byte[] bytes, HttpStatusCode status, string detail)
    {
        var response = await _client.PostAsync("/api/articles", Api.Files((name, bytes)).With("outlet", "Bad Input Bulletin"));
        var problem = await response.JsonAsync();

        Assert.Equal(status, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.StartsWith(detail, problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(_before, await Api.ArticleCountAsync(_client));
    }

    [Theory]
    [InlineData("{\"text\":\"No outlet given.\"}", "'outlet' and 'text' are required")]
    [InlineData("{\"outlet\":\"X\"}", "'outlet' and 'text' are required")]
    [InlineData("{\"outlet\":\"X\",\"text\":", "the JSON body is malformed")]
    [InlineData("{\"outlet\":\"X\",\"text\":\"Fine.\",\"eventIds\":[\"no-such-event\"]}", "unknown event 'no-such-event'")]
    public async Task PostBadJson_Is422WithAUsefulDetail(string json, string detail)
    {
        var response = await _client.PostAsync("/api/articles", new StringContent(json, Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains(detail, (await response.JsonAsync()).GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(_before, await Api.ArticleCountAsync(_client));
    }

    [Fact]
    public async Task PostFileWithoutAnyOutlet_IsRefused() =>
        Assert.Equal(HttpStatusCode.UnprocessableEntity,
            (await _client.PostAsync("/api/articles", Api.Files(("a.txt", Api.Utf8("Text without an outlet."))))).StatusCode);

    [Fact]
    public async Task PostPlainText_IsUnsupportedMediaType() =>
        Assert.Equal(HttpStatusCode.UnsupportedMediaType,
            (await _client.PostAsync("/api/articles", new StringContent("just text", Encoding.UTF8, "text/plain"))).StatusCode);

    [Fact]
    public async Task HostileHtml_IsStoredAsTextAndShownEncoded()
    {
        const string page = "<html><body><article><h1>Hi <img src=x onerror=alert(1)></h1><p>&lt;script&gt;alert('x')&lt;/script&gt; was typed here.</p></article></body></html>";
        var created = await _client.PostAsync("/api/articles", Api.Files(("evil.html", Api.Utf8(page))).With("outlet", "<b>Evil</b> Outlet"));
        var id = (await created.JsonAsync()).GetProperty("id").GetInt32();

        var html = await _client.GetStringAsync($"/articles/{id}");

        Assert.DoesNotContain("<script>alert", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<b>Evil</b>", html, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;alert(", html, StringComparison.Ordinal);
        Assert.Contains("&lt;b&gt;Evil&lt;/b&gt; Outlet", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetMissingArticle_Is404ProblemDetails()
    {
        var response = await _client.GetAsync("/api/articles/99999");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("There is no article 99999", (await response.JsonAsync()).GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("abc")]
    [InlineData("0,abc")]
    [InlineData("-1")]
    [InlineData("1;2")]
    public async Task PostWithASplitThatIsNeitherAllNorPartNumbers_Is400NamingSplitAndStoresNothing(string split)
    {
        var response = await _client.PostAsync("/api/articles",
            Api.Files(("listing.txt", await File.ReadAllBytesAsync(Api.Seed("002_303351f91084d598.txt")))).With("outlet", "Bad Input Bulletin").With("split", split));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var detail = (await response.JsonAsync()).GetProperty("detail").GetString();
        Assert.Contains("'split' must be all, or part numbers from 0 separated by commas", detail, StringComparison.Ordinal);
        Assert.Contains($"it was '{split}'", detail, StringComparison.Ordinal);
        Assert.Equal(_before, await Api.ArticleCountAsync(_client));
    }

    [Theory]
    [InlineData("take=-5", "'take' must be from 1 to 500; it was -5.")]
    [InlineData("take=0", "'take' must be from 1 to 500; it was 0.")]
    [InlineData("take=501", "'take' must be from 1 to 500; it was 501.")]
    [InlineData("skip=-1", "'skip' must be 0 or more; it was -1.")]
    public async Task ListArticles_WithAPageOutOfRange_Is400NamingTheParameterAndItsAllowedValues(string query, string detail)
    {
        var response = await _client.GetAsync("/api/articles?" + query);
        var problem = await response.JsonAsync();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(detail, problem.GetProperty("detail").GetString());
        Assert.Equal(query.Split('=')[0], problem.GetProperty("parameter").GetString());
    }

    [Fact]
    public async Task ListArticles_TakeOneAndTheLargestPage_AnswerThatManyAtMost()
    {
        Assert.Single((await (await _client.GetAsync("/api/articles?take=1")).JsonAsync()).EnumerateArray());
        Assert.Equal(_before, (await (await _client.GetAsync("/api/articles?take=500")).JsonAsync()).GetArrayLength());
    }
}
