using BiasDashboard.Web.Charts;
using CS = Plotly.NET.CSharp;

namespace BiasDashboard.Web.Tests.Charts;

public sealed class PlotlyFiguresTests
{
    private static readonly Plotly.NET.GenericChart Dots =
        CS.Chart.Point<double, string, string>([0.5, -0.5], ["Outlet A", "Outlet B"], Name: "Measured tone", UseDefaults: false);

    [Fact]
    public void ToJson_KeepsOnlyDataAndLayout_AsPlotlyReactTakesThem()
    {
        var figure = PlotlyFigures.ToJson(PlotlyFigures.Styled(Dots, new Axis("Tone"), new Axis("", Category: true)));

        Assert.Equal(["data", "layout"], figure.EnumerateObject().Select(p => p.Name));
        Assert.Equal("Measured tone", figure.GetProperty("data")[0].GetProperty("name").GetString());
    }

    [Fact]
    public void Styled_CategoryAxisAndLegendPosition_ReachTheLayout()
    {
        var layout = PlotlyFigures.ToJson(PlotlyFigures.Styled(Dots, new Axis("Tone", [-1.05, 1.05]), new Axis("", Category: true), legendY: -0.5))
            .GetProperty("layout");

        Assert.Equal("category", layout.GetProperty("yaxis").GetProperty("type").GetString());
        Assert.Equal([-1.05, 1.05], layout.GetProperty("xaxis").GetProperty("range").EnumerateArray().Select(v => v.GetDouble()));
        Assert.Equal(-0.5, layout.GetProperty("legend").GetProperty("y").GetDouble());
        Assert.Equal("h", layout.GetProperty("legend").GetProperty("orientation").GetString());
    }
}
