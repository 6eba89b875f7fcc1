using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using BiasDashboard.Web.Tests.Hostile;

namespace BiasDashboard.Web.Tests.Endpoints;

/// <summary>An HTML page holding several &lt;article&gt;s is offered for splitting, and stored piece by piece, like a text listing page.</summary>
public sealed class HtmlListingUploadTests : WebAppTest
{
    private static readonly byte[] Page = Api.Utf8("""
        <!doctype html><html><head><title>Latest | Leeds Courier</title><meta property="og:site_name" content="Leeds Courier"></head>
        <body><nav><a href="/">Home</a></nav><main>
          <article><header><h2>Bin strike enters second week</h2><time datetime="2024-03-04">4 March</time></header>
            <p>Refuse collectors in Leeds continued their strike over pay as rubbish piled up.</p></article>
          <article><h2>United win the derby</h2><time datetime="2024-03-03">3 March</time>
            <p>United beat City at Old Trafford as the striker scored twice.</p></article>
          <article><h2>Library closures approved</h2>
            <p>The council voted to close four branch libraries despite protests.</p></article>
        </main></body></html>
        """);

    [Fact]
    public async Task Plan_HtmlPageWithThreeArticles_ListsEachPieceWithItsHeadlineAndDate()
    {
        var response = await Client.PostAsync("/api/articles/plan", Api.Files(("latest.html", Page)));

        var plan = (await response.JsonAsync()).EnumerateArray().ToList();
        Assert.Equal(3, plan.Count);
        Assert.All(plan, p => Assert.Equal(3, p.GetProperty("parts").GetInt32()));
        Assert.Equal([0, 1, 2], plan.Select(p => p.GetProperty("part").GetInt32()));
        Assert.Equal(["Bin strike enters second week", "United win the derby", "Library closures approved"], plan.Select(p => p.GetProperty("title").GetString()));
        Assert.Equal("2024-03-04", plan[0].GetProperty("published").GetString());
        Assert.Equal(5, await Api.ArticleCountAsync(Client)); // the plan stores nothing
    }

    [Fact]
    public async Task Upload_HtmlPageWithSplitAll_StoresEachArticleSeparately()
    {
        var response = await Client.PostAsync("/api/articles", Api.Files(("latest.html", Page)).With("split", "all"));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var stored = (await response.JsonAsync()).GetProperty("results").EnumerateArray().ToList();
        Assert.Equal(["Bin strike enters second week", "United win the derby", "Library closures approved"], stored.Select(r => r.GetProperty("title").GetString()));
        var derby = await Client.GetFromJsonAsync<JsonElement>($"/api/articles/{stored[1].GetProperty("articleId").GetInt32()}", Api.Json);
        Assert.StartsWith("United win the derby", derby.GetProperty("text").GetString(), StringComparison.Ordinal);
        Assert.DoesNotContain("libraries", derby.GetProperty("text").GetString(), StringComparison.Ordinal);
        Assert.Equal("Leeds Courier", stored[1].GetProperty("outlet").GetString());
        Assert.Equal(5 + 3, await Api.ArticleCountAsync(Client));
    }

    [Fact]
    public async Task Upload_HtmlPageOverThePartsLimit_SplitAll_IsRefusedNamingTheSettingAndStoresNothing()
    {
        var page = Api.Utf8("<html><body>" + string.Concat(Enumerable.Range(0, 201).Select(i => $"<article><h2>Story {i}</h2><p>Text {i}.</p></article>")) + "</body></html>");

        await HostileApp.AssertRefusedAsync(Client, () => Client.PostAsync("/api/articles", Api.Files(("front.html", page)).With("outlet", "Leeds Courier").With("split", "all")),
            [HttpStatusCode.RequestEntityTooLarge], "Ingest:MaxListingParts");
    }

    [Fact]
    public async Task Upload_HtmlPageWithoutSplit_KeepsEveryArticleInOne_NothingDropped()
    {
        var response = await Client.PostAsync("/api/articles", Api.Files(("latest.html", Page)));

        var id = (await response.JsonAsync()).GetProperty("results")[0].GetProperty("articleId").GetInt32();
        var text = (await Client.GetFromJsonAsync<JsonElement>($"/api/articles/{id}", Api.Json)).GetProperty("text").GetString();
        Assert.Contains("four branch libraries", text, StringComparison.Ordinal);
    }
}
