using System.Globalization;
using BiasDashboard.Web.Charts;
using Plotly.NET;
using Plotly.NET.CSharp;
using CS = Plotly.NET.CSharp;

namespace BiasDashboard.Web.Sessions;

/// <summary>
/// The reveal on the projector: for each article, every student's tone rating, the class's average and the measured
/// tone, on one scale. Students rate from −2 to +2 and the measure runs from −1 to +1, so ratings are halved: "very
/// negative" sits at −1 beside the measure's −1.
/// </summary>
public static class ClassRevealFigure
{
    public const string Caption =
        "Each row is one article. Grey dots: each student's rating; orange: the class's average; blue: the tone the computer measured. " +
        "All on one scale from −1 (very negative) to +1 (very positive); " +
        "students' ratings from “very negative” to “very positive” are halved onto it.";

    public static CaptionedFigure Build(ClassResults results, bool revealed)
    {
        var rows = results.Articles.Reverse().ToList(); // Outlet A at the top
        string Label(ArticleResults a) => PlotlyFigures.Label(revealed ? $"{a.Letter}: {a.Outlet}" : a.Letter);
        var rated = rows.Where(a => a.MeanTone is not null).ToList();
        var chart = CS.Chart.Combine(
        [
            Dots(rows.SelectMany(a => a.Answers.Select(x => x.Tone / 2.0)), rows.SelectMany(a => a.Answers.Select(_ => Label(a))),
                "A student's rating", "rgba(90, 90, 100, 0.4)", 12, "%{y}: a student said %{x:+.1f}<extra></extra>"),
            Dots(rated.Select(a => Math.Round(a.MeanTone!.Value / 2, 3)), rated.Select(Label),
                "Class average", "#E69F00", 20, "%{y}: class average %{x:+.2f}<extra></extra>"),
            Dots(rows.Select(a => Math.Round(a.MeasuredCompound, 3)), rows.Select(Label),
                "Measured tone", Palette.Positive, 20, "%{y}: measured %{x:+.2f}<extra></extra>"),
        ]);
        chart = PlotlyFigures.Styled(chart, new Axis("Tone, from −1 (very negative) to +1 (very positive)", [-1.05, 1.05]), new Axis(""),
            height: Math.Max(300, 150 + 60 * rows.Count), marginLeft: 20, marginBottom: 120);
        var layout = chart.GetLayout();
        // Letters (and outlet names) are categories, never numbers or dates, whatever they look like.
        if (layout.TryGetPropertyValue("yaxis") is { Value: DynamicObj.DynamicObj yaxis })
        {
            yaxis.SetProperty("type", "category");
        }

        layout.SetProperty("legend", new Dictionary<string, object>
        {
            ["orientation"] = "h",
            ["y"] = -0.2 - 0.6 / Math.Max(1, rows.Count),
        });
        return new CaptionedFigure(PlotlyFigures.ToJson(chart), Caption);
    }

    private static GenericChart Dots(IEnumerable<double> x, IEnumerable<string> y, string name, string colour, int size, string hover)
    {
        var chart = CS.Chart.Point<double, string, string>(x, y, Name: name, MarkerColor: PlotlyFigures.Colour(colour), UseDefaults: false);
        foreach (var trace in chart.GetTraces())
        {
            // The C# wrapper's Point has no marker size or hover template; both are plain plotly.js attributes.
            trace.SetProperty("marker", new Dictionary<string, object> { ["color"] = colour, ["size"] = size });
            trace.SetProperty("hovertemplate", hover);
        }

        return chart;
    }

    /// <summary>How many answers each article has, for the projector's progress line ("Outlet A: 12").</summary>
    public static string Progress(ClassResults results) =>
        string.Join(" · ", results.Articles.Select(a => $"{a.Letter}: {a.Answers.Count.ToString(CultureInfo.InvariantCulture)}"));
}
