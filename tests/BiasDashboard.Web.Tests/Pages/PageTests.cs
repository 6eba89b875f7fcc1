using System.Net;
using AngleSharp.Html.Parser;

namespace BiasDashboard.Web.Tests.Pages;

public sealed class PageTests : IAsyncLifetime
{
    private readonly BiasDashboardFactory _app = new();
    private HttpClient _client = null!;

    public Task InitializeAsync()
    {
        _client = _app.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Fact]
    public async Task Dashboard_DefaultsToTheEventMostOutletsCovered_WithCaptionedCharts()
    {
        var document = new HtmlParser().ParseDocument(await _client.GetStringAsync("/"));

        Assert.Equal("Commons vote on the SNP ceasefire amendment to the King's Speech", document.QuerySelector("#event-title")?.TextContent);
        Assert.Equal(4, document.QuerySelectorAll(".chart").Length);
        Assert.All(document.QuerySelectorAll(".caption"), c => Assert.True(c.TextContent.Length > 40));
        Assert.Equal(4, document.QuerySelectorAll("#articles tr").Length);
    }

    [Fact]
    public async Task Dashboard_EventParameter_ShowsThatEvent()
    {
        var document = new HtmlParser().ParseDocument(await _client.GetStringAsync("/?event=ge2024-bethnal-green"));

        Assert.Equal("2024 general election in Bethnal Green and Stepney", document.QuerySelector("#event-title")?.TextContent);
    }

    [Fact]
    public async Task ArticlePage_ShadesEverySentence_WithItsNumber()
    {
        var document = new HtmlParser().ParseDocument(await _client.GetStringAsync("/articles/1"));
        var sentences = document.QuerySelectorAll(".article-text .s");

        Assert.Equal(31, sentences.Length);
        Assert.All(sentences, s => Assert.StartsWith("compound ", s.GetAttribute("title"), StringComparison.Ordinal));
        Assert.Contains(sentences, s => s.ClassList.Contains("neg"));
        Assert.Equal("0", sentences[0].GetAttribute("tabindex"));
    }

    [Fact]
    public async Task ArticlePage_Unknown_Is404() =>
        Assert.Equal(HttpStatusCode.NotFound, (await _client.GetAsync("/articles/424242")).StatusCode);

    [Theory]
    [InlineData("/events", "Commons vote on the SNP ceasefire amendment")]
    [InlineData("/outlets", "Middle East Eye")]
    [InlineData("/lexicon", "Semetko &amp; Valkenburg (2000)")]
    public async Task ListPages_ShowTheSeedData(string path, string expected) =>
        Assert.Contains(expected, await _client.GetStringAsync(path), StringComparison.Ordinal);

    [Fact]
    public async Task UploadForm_WithAntiforgeryToken_StoresAndShowsTheResult()
    {
        var form = await UploadFormAsync();
        form.Add(new ByteArrayContent(Api.Utf8("Form article\n\nStudents marched peacefully.")), "files", "form.txt");
        form.Add(new StringContent("Form Foundation"), "outlet");

        var response = await _client.PostAsync("/articles/new", form);
        var page = await _client.GetStringAsync(response.Headers.Location!.ToString());

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("Stored:", page, StringComparison.Ordinal);
        Assert.Contains("Form Foundation", await _client.GetStringAsync("/outlets"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task UploadForm_WithoutAntiforgeryToken_IsRejected()
    {
        var before = await Api.ArticleCountAsync(_client);
        var form = new MultipartFormDataContent
        {
            { new ByteArrayContent(Api.Utf8("Forged.")), "files", "forged.txt" },
            { new StringContent("Forgery Weekly"), "outlet" },
        };

        var response = await _client.PostAsync("/articles/new", form);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(before, await Api.ArticleCountAsync(_client));
    }

    [Fact]
    public async Task UploadForm_FileHandler_AnswersJsonPerFile()
    {
        var form = await UploadFormAsync();
        form.Add(new ByteArrayContent([]), "files", "nothing.txt");
        form.Add(new StringContent("Progress Post"), "outlet");

        var response = await _client.PostAsync("/articles/new?handler=File", form);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains("nothing.txt: the file is empty", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    // The form page sets the antiforgery cookie (kept by the test client) and renders the matching token.
    private async Task<MultipartFormDataContent> UploadFormAsync()
    {
        var document = new HtmlParser().ParseDocument(await _client.GetStringAsync("/articles/new"));
        var token = document.QuerySelector("#upload-form input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        return new MultipartFormDataContent { { new StringContent(token), "__RequestVerificationToken" } };
    }
}
