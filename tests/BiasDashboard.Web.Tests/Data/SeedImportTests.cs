using System.Net.Http.Json;
using System.Text.Json;
using BiasDashboard.Web.Articles;
using Microsoft.Extensions.DependencyInjection;

namespace BiasDashboard.Web.Tests.Data;

public sealed class SeedImportTests
{
    [Fact]
    public async Task Start_EmptyDatabase_ImportsTheFiveSeedArticlesAndFourEvents()
    {
        await using var app = BiasDashboardFactory.Empty();
        var client = app.CreateClient();

        var events = await client.GetFromJsonAsync<JsonElement>("/api/events");

        Assert.Equal(5, await Api.ArticleCountAsync(client));
        Assert.Equal(4, events.GetArrayLength());
        Assert.Contains(events.EnumerateArray(), e => e.GetProperty("id").GetString() == "snp-amendment-2023-11-15" && e.GetProperty("outlets").GetInt32() == 4);
    }

    [Fact]
    [Trait("Provider", "SqliteOnly")] // a SQLite file reopened by a second app; on PostgreSQL see TwoInstanceTests
    public async Task Restart_AndImportingAgain_NeverDuplicates()
    {
        await using var first = BiasDashboardFactory.Empty();
        _ = first.CreateClient();
        var file = first.DatabaseFile;
        await first.StopKeepingDataAsync();

        await using var second = new BiasDashboardFactory(file);
        var client = second.CreateClient();
        await using var scope = second.Services.CreateAsyncScope();
        var addedAgain = await scope.ServiceProvider.GetRequiredService<SeedImporter>().ImportAsync(CancellationToken.None);

        Assert.Equal(0, addedAgain);
        Assert.Equal(5, await Api.ArticleCountAsync(client));
    }

    [Fact]
    public async Task SeedArticles_CarryManifestMetadata()
    {
        await using var app = new BiasDashboardFactory();
        var client = app.CreateClient();

        var articles = await client.GetFromJsonAsync<JsonElement>("/api/articles?outlet=Daily Express");
        var express = articles[0];

        Assert.Equal("School children bunk off to target Labour MP's office in pro-Palestine march", express.GetProperty("title").GetString());
        Assert.Equal("2023-11-16", express.GetProperty("published").GetString());
    }

    [Fact]
    public async Task ListingPageSeed_OnlyItsLeadArticleJoinsTheEvent()
    {
        await using var app = new BiasDashboardFactory();
        var client = app.CreateClient();

        var listed = await client.GetFromJsonAsync<JsonElement>("/api/articles?outlet=Socialist Worker");
        var article = await client.GetFromJsonAsync<JsonElement>($"/api/articles/{listed[0].GetProperty("id").GetInt32()}");
        var text = article.GetProperty("text").GetString()!;

        Assert.Equal("Tories and Labour unite to protect Israel in ceasefire vote", article.GetProperty("title").GetString());
        Assert.Contains("Penny Mordaunt", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Museum workers start historic strike", text, StringComparison.Ordinal); // a later piece on the page
    }
}
