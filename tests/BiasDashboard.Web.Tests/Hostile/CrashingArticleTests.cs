using System.Net;
using System.Text.Json;

namespace BiasDashboard.Web.Tests.Hostile;

/// <summary>
/// Articles that used to take an event down (500 on its page, API and worksheet until a teacher deleted them): each
/// event now answers 200 with every section it could compute, and the API names any part that failed.
/// </summary>
public sealed class CrashingArticleTests() : WebAppTest()
{
    public static TheoryData<string, byte[]> Crashers => new()
    {
        { "dateline.txt", HostileCorpus.CapsDateline() },
        { "digits.txt", HostileCorpus.DigitRun() },
        { "names.txt", Api.Utf8("Summit talks\n\nKim Jong Un met officials. Kim Jong-un said talks went well. WikiLeaks and Wikileaks reported Peña and Pena spoke.\n") },
    };

    [Theory]
    [MemberData(nameof(Crashers))]
    public async Task EventWithAnArticleThatUsedToCrash_PageApiAndWorksheetAnswer200(string name, byte[] bytes)
    {
        var form = Api.Files((name, bytes)).With("outlet", "Crash Courier").With("eventIds", "snp-amendment-2023-11-15");
        Assert.Equal(HttpStatusCode.Created, (await Client.PostAsync("/api/articles", form)).StatusCode);

        var page = await Client.GetAsync("/events/snp-amendment-2023-11-15");
        var api = await Client.GetAsync("/api/events/snp-amendment-2023-11-15/comparison");
        var worksheet = await Client.GetAsync("/events/snp-amendment-2023-11-15/worksheet");

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal(HttpStatusCode.OK, api.StatusCode);
        Assert.Equal(HttpStatusCode.OK, worksheet.StatusCode);
        var comparison = (await api.JsonAsync()).GetProperty("comparison").GetProperty("comparison");
        Assert.Contains("Crash Courier", comparison.GetProperty("columns").EnumerateArray().Select(c => c.GetProperty("name").GetString()));
        Assert.Equal(JsonValueKind.Array, comparison.GetProperty("failures").ValueKind);
    }
}
