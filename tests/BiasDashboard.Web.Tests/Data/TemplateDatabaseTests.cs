namespace BiasDashboard.Web.Tests.Data;

public sealed class TemplateDatabaseTests
{
    [Fact]
    public async Task NewApps_StartFromTheSeededTemplate_AndKeepTheirChangesToThemselves()
    {
        await using var first = new BiasDashboardFactory();
        await using var second = new BiasDashboardFactory();
        var firstClient = first.CreateClient();
        var secondClient = second.CreateClient();

        (await firstClient.PostAsync("/api/articles", Api.Files(("mine.txt", Api.Utf8("Only in the first app."))).With("outlet", "First Only")))
            .EnsureSuccessStatusCode();

        Assert.NotEqual(first.DatabaseFile, second.DatabaseFile);
        Assert.Equal(6, await Api.ArticleCountAsync(firstClient));
        Assert.Equal(5, await Api.ArticleCountAsync(secondClient));
    }
}
