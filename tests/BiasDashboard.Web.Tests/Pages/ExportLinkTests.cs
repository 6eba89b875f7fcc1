using System.Net;
using AngleSharp.Html.Parser;

namespace BiasDashboard.Web.Tests.Pages;

/// <summary>The CSV export is reachable from the pages people use, not only from the API docs.</summary>
public sealed class ExportLinkTests : WebAppTest
{
    [Theory]
    [InlineData("/")]
    [InlineData("/events")]
    public async Task Page_LinksTheCsvExport_WhichAnswersWithTheArticlesAsCsv(string page)
    {
        var document = new HtmlParser().ParseDocument(await Client.GetStringAsync(page));
        var link = document.QuerySelector("a#export-csv");

        Assert.NotNull(link);
        Assert.Contains("CSV", link.TextContent, StringComparison.Ordinal);
        var response = await Client.GetAsync(link.GetAttribute("href"));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        var rows = (await response.Content.ReadAsStringAsync()).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(1 + 5, rows.Length); // the header and the five seed articles
    }
}
