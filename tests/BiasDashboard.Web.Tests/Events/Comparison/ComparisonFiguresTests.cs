using System.Net.Http.Json;
using System.Text.Json;

namespace BiasDashboard.Web.Tests.Events.Comparison;

/// <summary>The figure JSON the comparison page and outlet profile hand to plotly.js, as the API serves it.</summary>
public sealed class ComparisonFiguresTests() : WebAppTest()
{
    private const string Event = "snp-amendment-2023-11-15";

    [Fact]
    public async Task Comparison_ActorsHeatmap_LeavesActorsAnOutletNeverNamesBlankOnADivergingScale()
    {
        var figures = (await Client.GetFromJsonAsync<JsonElement>($"/api/events/{Event}/comparison")).GetProperty("comparison").GetProperty("figures");
        var heatmap = figures.GetProperty("actorsOwnVoice").GetProperty("figure").GetProperty("data")[0];
        var cells = heatmap.GetProperty("z").EnumerateArray().SelectMany(row => row.EnumerateArray()).ToList();

        Assert.Equal("heatmap", heatmap.GetProperty("type").GetString());
        Assert.Contains(cells, c => c.ValueKind == JsonValueKind.Null);
        Assert.All(cells.Where(c => c.ValueKind == JsonValueKind.Number), c => Assert.InRange(c.GetDouble(), -1, 1));
        Assert.Equal((-1.0, 1.0), (heatmap.GetProperty("zmin").GetDouble(), heatmap.GetProperty("zmax").GetDouble()));
        Assert.Equal(["#D55E00", "#F2F2F2", "#0072B2"], heatmap.GetProperty("colorscale").EnumerateArray().Select(stop => stop[1].GetString()));
        Assert.Equal(heatmap.GetProperty("z").GetArrayLength(), heatmap.GetProperty("text").GetArrayLength());
    }

    [Fact]
    public async Task Comparison_VoicesChart_StacksEachGroupsShareOfQuotedWordsPerOutlet()
    {
        var voices = (await Client.GetFromJsonAsync<JsonElement>($"/api/events/{Event}/comparison"))
            .GetProperty("comparison").GetProperty("figures").GetProperty("voices").GetProperty("figure");
        var traces = voices.GetProperty("data").EnumerateArray().ToList();
        var outlets = traces[0].GetProperty("x").GetArrayLength();

        Assert.Equal("stack", voices.GetProperty("layout").GetProperty("barmode").GetString());
        Assert.Equal("#B8B8B8", traces.Single(t => t.GetProperty("name").GetString() == "(unattributed)").GetProperty("marker").GetProperty("color").GetString());
        Assert.All(Enumerable.Range(0, outlets), i =>
            Assert.InRange(traces.Sum(t => t.GetProperty("y")[i].GetDouble()), 99.5, 100.5));
    }

    [Fact]
    public async Task OutletProfile_ToneOverTime_IsADateAxisWithTheArticleTitleOnHover()
    {
        var profile = await Client.GetFromJsonAsync<JsonElement>("/api/outlets/1/profile");
        var tone = profile.GetProperty("tone").GetProperty("figure");
        var line = tone.GetProperty("data")[0];

        Assert.Equal("date", tone.GetProperty("layout").GetProperty("xaxis").GetProperty("type").GetString());
        Assert.Equal("lines+markers", line.GetProperty("mode").GetString());
        Assert.Equal(line.GetProperty("x").GetArrayLength(), line.GetProperty("customdata").GetArrayLength());
        Assert.Equal([-1.0, 1.0], tone.GetProperty("layout").GetProperty("yaxis").GetProperty("range").EnumerateArray().Select(v => v.GetDouble()));
    }

    [Fact]
    public async Task OutletProfile_ToneOverTimeOfOneArticle_TicksOncePerDaySoNoDateRepeats()
    {
        var upload = await Client.PostAsJsonAsync("/api/articles",
            new { outlet = "Lone Courier", published = "2024-03-05", text = "The council approved the plan on Tuesday.", eventIds = new[] { Event } });
        Assert.True(upload.IsSuccessStatusCode, await upload.Content.ReadAsStringAsync());
        var outlets = await Client.GetFromJsonAsync<JsonElement>("/api/outlets");
        var id = outlets.EnumerateArray().Single(o => o.GetProperty("name").GetString() == "Lone Courier").GetProperty("id").GetInt32();

        var tone = (await Client.GetFromJsonAsync<JsonElement>($"/api/outlets/{id}/profile")).GetProperty("tone").GetProperty("figure");
        var xaxis = tone.GetProperty("layout").GetProperty("xaxis");

        Assert.Equal(["2024-03-05"], tone.GetProperty("data")[0].GetProperty("x").EnumerateArray().Select(x => x.GetString()));
        Assert.Equal(["2024-03-04", "2024-03-06"], xaxis.GetProperty("range").EnumerateArray().Select(x => x.GetString()));
        Assert.Equal(86_400_000, xaxis.GetProperty("dtick").GetInt64()); // three ticks: the day before, the day, the day after
        Assert.Equal("%d %b %Y", xaxis.GetProperty("tickformat").GetString());
    }

    [Fact]
    public async Task OutletProfile_ToneOverTimeSpanningMonths_LeavesTheTicksToPlotly()
    {
        foreach (var date in new[] { "2024-01-10", "2024-04-20" })
        {
            var upload = await Client.PostAsJsonAsync("/api/articles",
                new { outlet = "Season Courier", published = date, text = "The council approved the plan on Tuesday.", eventIds = new[] { Event } });
            Assert.True(upload.IsSuccessStatusCode, await upload.Content.ReadAsStringAsync());
        }

        var outlets = await Client.GetFromJsonAsync<JsonElement>("/api/outlets");
        var id = outlets.EnumerateArray().Single(o => o.GetProperty("name").GetString() == "Season Courier").GetProperty("id").GetInt32();
        var xaxis = (await Client.GetFromJsonAsync<JsonElement>($"/api/outlets/{id}/profile")).GetProperty("tone").GetProperty("figure")
            .GetProperty("layout").GetProperty("xaxis");

        Assert.False(xaxis.TryGetProperty("dtick", out _));
        Assert.False(xaxis.TryGetProperty("range", out _));
    }
}
