using System.Text.Json;
using BiasDashboard.Web.Dashboard;
using BiasDashboard.Web.Charts;

namespace BiasDashboard.Web.Tests.Dashboard;

public sealed class DashboardFigureBuilderTests
{
    private static readonly OutletSummary Gazette = new("Gotham Gazette", "#E69F00", 2, 40, -0.30, -0.42, -0.18, 0.2, 0.3, 0.5);
    private static readonly OutletSummary Hostile = new("<b>Evil</b> & Co", "#009E73", 1, 12, 0.10, null, null, 0.5, 0.3, 0.2);

    private static readonly DashboardFigures Figures = DashboardFigureBuilder.Build([Gazette, Hostile],
        [new ArticleArc(1, "A <script> title", "Gotham Gazette", [new ArcSample(0.1, -0.2), new ArcSample(0.9, 0.3)])]);

    [Fact]
    public void Build_EveryFigure_IsDataAndLayoutWithoutPlotlyNetsDefaultTemplate()
    {
        foreach (var figure in new[] { Figures.Compound, Figures.Shares, Figures.Arc }.Select(f => f.Figure))
        {
            Assert.Equal(["data", "layout"], figure.EnumerateObject().Select(p => p.Name));
            Assert.False(figure.GetProperty("layout").TryGetProperty("template", out _));
            Assert.False(figure.GetProperty("layout").TryGetProperty("width", out _));
            Assert.Equal(Palette.Outlets, figure.GetProperty("layout").GetProperty("colorway").EnumerateArray().Select(c => c.GetString()));
        }
    }

    [Fact]
    public void Build_CompoundBars_CarryEachOutletsStableColourAndItsInterval()
    {
        var bars = Figures.Compound.Figure.GetProperty("data")[0];

        Assert.Equal("bar", bars.GetProperty("type").GetString());
        Assert.Equal(["#E69F00", "#009E73"], bars.GetProperty("marker").GetProperty("color").EnumerateArray().Select(c => c.GetString()));
        Assert.Equal([0.12, 0.0], bars.GetProperty("error_y").GetProperty("array").EnumerateArray().Select(v => Math.Round(v.GetDouble(), 4)));
        Assert.Equal([0.12, 0.0], bars.GetProperty("error_y").GetProperty("arrayminus").EnumerateArray().Select(v => Math.Round(v.GetDouble(), 4)));
        Assert.False(bars.GetProperty("error_y").GetProperty("symmetric").GetBoolean());
        Assert.Equal("40 sentences in 2 article(s)", bars.GetProperty("customdata")[0].GetString());
    }

    [Fact]
    public void Build_UploadedNames_AreHtmlEncodedSoPlotlyShowsThemAsTyped()
    {
        var names = Figures.Compound.Figure.GetProperty("data")[0].GetProperty("x").EnumerateArray().Select(x => x.GetString());
        var arcHover = Figures.Arc.Figure.GetProperty("data")[0].GetProperty("hovertemplate").GetString();

        Assert.Equal(["Gotham Gazette", "&lt;b&gt;Evil&lt;/b&gt; &amp; Co"], names);
        Assert.StartsWith("<b>A &lt;script&gt; title</b>", arcHover, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_Shares_StackNegativeNeutralPositiveAsPercentages()
    {
        var shares = Figures.Shares.Figure;
        var traces = shares.GetProperty("data").EnumerateArray().ToList();

        Assert.Equal("stack", shares.GetProperty("layout").GetProperty("barmode").GetString());
        Assert.Equal(["Negative", "Neutral", "Positive"], traces.Select(t => t.GetProperty("name").GetString()));
        Assert.Equal([Palette.Negative, Palette.Neutral, Palette.Positive], traces.Select(t => t.GetProperty("marker").GetProperty("color").GetString()));
        Assert.Equal([50.0, 20.0], traces[0].GetProperty("y").EnumerateArray().Select(v => v.GetDouble()));
        Assert.Equal("%", shares.GetProperty("layout").GetProperty("yaxis").GetProperty("ticksuffix").GetString());
    }

    [Fact]
    public void Build_NoArticles_GivesAnEmptyArcWithItsAxes()
    {
        var arc = DashboardFigureBuilder.Build([], []).Arc.Figure;

        Assert.Equal(0, arc.GetProperty("data").GetArrayLength());
        Assert.Equal("Position in the article (start → end)", arc.GetProperty("layout").GetProperty("xaxis").GetProperty("title").GetProperty("text").GetString());
    }

    [Fact]
    public void Build_Figure_SerialisesThroughSystemTextJsonUnchanged()
    {
        var viaStj = JsonSerializer.SerializeToElement(Figures.Compound, new JsonSerializerOptions(JsonSerializerDefaults.Web));

        Assert.Equal(Figures.Compound.Figure.GetRawText(), viaStj.GetProperty("figure").GetRawText());
    }
}
