using System.Text.Json;
using AngleSharp.Html.Parser;
using BiasDashboard.Web.Html;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace BiasDashboard.Web.Tests.Html;

/// <summary>
/// Data handed to a page's scripts in a <c>script type="application/json"</c> block: whatever the strings hold, the
/// block ends where the page means it to, and the script reads back exactly the value the server had.
/// </summary>
public sealed class JsonIslandTests
{
    public static TheoryData<string> HostileStrings =>
    [
        "</script><script>alert(1)</script>",
        "</SCRIPT >",
        "<!--<script>",
        "a\u2028b\u2029c",
        "]]> & &amp; <b>",
        "\"quoted\" \\ back\\slash",
        "emoji 👋🏽 and astral 𝔘",
    ];

    private static string Render(object? value)
    {
        var output = new TagHelperOutput("json-island", [new TagHelperAttribute("id", "data")], (_, _) =>
            Task.FromResult<TagHelperContent>(new DefaultTagHelperContent()));
        new JsonIslandTagHelper { Value = value }.Process(new TagHelperContext([], new Dictionary<object, object>(), "x"), output);
        using var writer = new StringWriter();
        output.WriteTo(writer, System.Text.Encodings.Web.HtmlEncoder.Default);
        return writer.ToString();
    }

    [Theory]
    [MemberData(nameof(HostileStrings))]
    public void Island_HostileString_StaysInsideOneScriptAndReadsBackUnchanged(string hostile)
    {
        var html = $"<body>{Render(new { title = hostile, list = new[] { hostile } })}<p id=after>after</p></body>";

        var document = new HtmlParser().ParseDocument(html);

        var script = Assert.Single(document.QuerySelectorAll("script"));
        Assert.Equal("application/json", script.GetAttribute("type"));
        Assert.Equal("data", script.Id);
        Assert.NotNull(document.GetElementById("after"));
        var data = JsonDocument.Parse(script.TextContent).RootElement;
        Assert.Equal(hostile, data.GetProperty("title").GetString());
        Assert.Equal(hostile, data.GetProperty("list")[0].GetString());
    }

    [Fact]
    public void Escape_JsonWrittenElsewhere_LosesEveryCharacterThatCouldEndTheScript()
    {
        var raw = "{\"a\":\"</script>\u2028\u2029<!-- & >\"}";

        var safe = JsonIsland.Escape(raw);

        Assert.DoesNotContain('<', safe);
        Assert.DoesNotContain('>', safe);
        Assert.DoesNotContain('&', safe);
        Assert.DoesNotContain('\u2028', safe);
        Assert.DoesNotContain('\u2029', safe);
        Assert.Equal(JsonDocument.Parse(raw).RootElement.GetProperty("a").GetString(), JsonDocument.Parse(safe).RootElement.GetProperty("a").GetString());
    }

    [Fact]
    public void Serialize_Value_UsesCamelCaseAndLeavesNullsOut()
    {
        Assert.Equal("{\"eventId\":\"e\"}", JsonIsland.Serialize(new { EventId = "e", Missing = (string?)null }));
        Assert.Equal("null", JsonIsland.Serialize(null));
    }

    [Fact]
    public void Island_StringValue_IsAJsonStringNotMarkup() =>
        Assert.Equal("<script type=\"application/json\" id=\"data\">\"\\u003Cb\\u003E\"</script>", Render("<b>"));
}
