using System.Net;
using System.Text;
using AngleSharp.Html.Parser;

namespace BiasDashboard.Web.Tests.Pages;

/// <summary>A long article's page shows a page of sentences at a time, and links to highlighted sentences still land on them.</summary>
public sealed class ArticlePagingTests() : WebAppTest()
{
    private async Task<int> StoreAsync(int sentences)
    {
        var text = new StringBuilder("Long council report\n\n");
        for (var i = 0; i < sentences; i++)
        {
            text.Append("Councillor number ").Append(i).Append(" said the vote was fair. ");
        }

        var response = await Client.PostAsync("/api/articles", Api.Files(("long.txt", Api.Utf8(text.ToString()))).With("outlet", "Paging Post"));
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.JsonAsync()).GetProperty("id").GetInt32();
    }

    private async Task<AngleSharp.Dom.IDocument> PageAsync(string url) => new HtmlParser().ParseDocument(await Client.GetStringAsync(url));

    [Fact]
    public async Task LongArticle_FirstPage_ShowsOnlyItsFirstSentencesAndLinksToTheNext()
    {
        var id = await StoreAsync(1000);

        var page = await PageAsync($"/articles/{id}");

        Assert.NotNull(page.GetElementById("s-0"));
        Assert.NotNull(page.GetElementById("s-399"));
        Assert.Null(page.GetElementById("s-400"));
        Assert.Equal($"/articles/{id}?page=1", page.QuerySelector("a[rel=next]")!.GetAttribute("href"));
        Assert.Contains("of 1001", page.QuerySelector("nav.pager")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task LongArticle_LinkToAHighlightedSentence_OpensThePageThatHoldsIt()
    {
        var id = await StoreAsync(1000);

        var page = await PageAsync($"/articles/{id}?s=950");

        Assert.Contains("hl", page.GetElementById("s-950")!.ClassList);
        Assert.Null(page.GetElementById("s-0"));
        Assert.Equal($"/articles/{id}?page=1&s=950", page.QuerySelector("a[rel=prev]")!.GetAttribute("href"));
    }

    [Fact]
    public async Task LongArticle_EveryPageTogether_ShowsTheWholeTextOnce()
    {
        var id = await StoreAsync(1000);
        var article = await Client.GetStringAsync($"/api/articles/{id}");
        var text = System.Text.Json.JsonDocument.Parse(article).RootElement.GetProperty("text").GetString()!;

        var pages = new StringBuilder();
        for (var n = 0; n < 3; n++)
        {
            pages.Append((await PageAsync($"/articles/{id}?page={n}")).QuerySelector(".article-text")!.TextContent);
        }

        Assert.Equal(text, pages.ToString());
    }

    [Fact]
    public async Task ShortArticle_HasNoPager()
    {
        var id = await StoreAsync(10);

        Assert.Null((await PageAsync($"/articles/{id}")).QuerySelector("nav.pager"));
    }
}
