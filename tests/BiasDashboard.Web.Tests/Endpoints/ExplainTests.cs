using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace BiasDashboard.Web.Tests.Endpoints;

public sealed class ExplainTests(SharedWebApp shared) : ReadOnlyWebAppTest(shared)
{
    [Fact]
    public async Task Explain_SaysWhatTheRulesDidToEachWord()
    {
        var result = await (await Client.PostAsJsonAsync("/api/sentiment/explain", new { text = "It was not very good" })).JsonAsync();
        var words = result.GetProperty("words").EnumerateArray().ToDictionary(w => w.GetProperty("word").GetString()!, w => w);

        Assert.Equal("negated", words["good"].GetProperty("effect").GetString());
        Assert.Equal(1.9, words["good"].GetProperty("lexiconValence").GetDouble());
        Assert.StartsWith("negation", words["not"].GetProperty("effect").GetString(), StringComparison.Ordinal);
        Assert.StartsWith("booster", words["very"].GetProperty("effect").GetString(), StringComparison.Ordinal);
        Assert.True(result.GetProperty("compound").GetDouble() < 0);
    }

    [Fact]
    public async Task Explain_ChangesNothingStored()
    {
        var before = await Client.GetStringAsync("/api/export/articles.csv");

        await Client.PostAsJsonAsync("/api/sentiment/explain", new { text = "A terrible, shameful massacre." });

        Assert.Equal(before, await Client.GetStringAsync("/api/export/articles.csv"));
    }

    [Fact]
    public async Task Explain_WithoutText_Is422()
    {
        var response = await Client.PostAsJsonAsync("/api/sentiment/explain", new { other = 1 });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Equal(JsonValueKind.String, (await response.JsonAsync()).GetProperty("detail").ValueKind);
    }
}
