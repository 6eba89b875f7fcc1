using AngleSharp.Html.Parser;

namespace BiasDashboard.Web.Tests.Events;

public sealed class WorksheetTests(SharedWebApp shared) : ReadOnlyWebAppTest(shared)
{
    private const string Page = "/events/snp-amendment-2023-11-15/worksheet";

    [Fact]
    public async Task Worksheet_ExplainsEachMeasureAndWhatItCannotTell()
    {
        var document = new HtmlParser().ParseDocument(await Client.GetStringAsync(Page));

        Assert.Equal(3, document.QuerySelectorAll("[data-figure]").Length);
        Assert.Contains("“attack” is negative whoever attacks whom".Replace('“', '"').Replace('”', '"'), document.Body!.TextContent, StringComparison.Ordinal);
        Assert.Contains("What it cannot tell", document.Body.TextContent, StringComparison.Ordinal);
        Assert.Contains("294–125", document.Body.TextContent, StringComparison.Ordinal);
        Assert.Equal(4, document.QuerySelectorAll(".sheet-article").Length);
    }

    [Fact]
    public async Task BlindWorksheet_HidesTheOutletsInHeadingsAndText()
    {
        var document = new HtmlParser().ParseDocument(await Client.GetStringAsync(Page + "?blind=true"));
        var articles = string.Join("\n", document.QuerySelectorAll(".sheet-article").Select(a => a.TextContent));

        Assert.Equal(["Outlet A", "Outlet B", "Outlet C", "Outlet D"],
            document.QuerySelectorAll(".sheet-article h3").Select(h => h.TextContent.Split(':')[0]).Order(StringComparer.Ordinal));
        foreach (var outlet in new[] { "Daily Express", "Middle East Eye", "Roman Road London", "The National", "Calgie" })
        {
            Assert.DoesNotContain(outlet, articles, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Worksheet_HasSpaceToWriteAndPrintsExcerpts_WhileTheKeyIsASeparatePage()
    {
        var sheet = new HtmlParser().ParseDocument(await Client.GetStringAsync(Page + "?blind=true"));
        var key = new HtmlParser().ParseDocument(await Client.GetStringAsync(Page + "?blind=true&key=true"));
        var whole = new HtmlParser().ParseDocument(await Client.GetStringAsync(Page + "?paragraphs=0"));

        Assert.Equal(4, sheet.QuerySelectorAll("table.judge tbody tr").Length); // one row per article to circle and write in
        Assert.True(sheet.QuerySelectorAll(".lines").Length >= 3);
        Assert.All(sheet.QuerySelectorAll(".sheet-article"), a => Assert.True(a.QuerySelectorAll("p:not(.meta)").Length <= 4));
        Assert.Contains("more paragraphs not printed", sheet.Body!.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("Daily Express", sheet.Body.TextContent.Replace(sheet.QuerySelector("form")!.TextContent, "", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.Empty(key.QuerySelectorAll(".sheet-article")); // the key holds no articles…
        Assert.Contains("Daily Express", key.QuerySelector("article.key")!.TextContent, StringComparison.Ordinal); // …and names the outlets behind the letters
        Assert.DoesNotContain("not printed", whole.Body!.TextContent, StringComparison.Ordinal);
    }
}
