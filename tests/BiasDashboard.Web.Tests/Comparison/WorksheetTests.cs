using AngleSharp.Html.Parser;

namespace BiasDashboard.Web.Tests.Comparison;

public sealed class WorksheetTests : WebAppTest
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
}
