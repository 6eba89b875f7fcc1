using System.Globalization;
using BiasDashboard.Web.Dashboard;
using BiasDashboard.Web.Dashboard.Plotly;

namespace BiasDashboard.Web.Classroom;

/// <summary>
/// The reveal on the projector: for each article, every student's tone rating, the class's average and the measured
/// tone, on one scale. Students rate from −2 to +2 and the measure runs from −1 to +1, so ratings are halved: "very
/// negative" sits at −1 beside the measure's −1. Built with the existing figure records (Plotly.NET has not landed on
/// this branch).
/// </summary>
public static class ClassRevealFigure
{
    public const string Caption =
        "Each row is one article. Grey dots: each student's rating; orange: the class's average; blue: the tone the computer measured. " +
        "All on one scale from −1 (very negative) to +1 (very positive); students' ratings from “very negative” to “very positive” are halved onto it.";

    public static CaptionedFigure Build(ClassResults results, bool revealed)
    {
        var rows = results.Articles.Reverse().ToList(); // Outlet A at the top
        string Label(ArticleResults a) => System.Net.WebUtility.HtmlEncode(revealed ? $"{a.Letter}: {a.Outlet}" : a.Letter);
        var students = new PlotlyTrace
        {
            Type = "scatter",
            Mode = "markers",
            Name = "A student's rating",
            X = rows.SelectMany(a => a.Answers.Select(x => (object)(x.Tone / 2.0))).ToList(),
            Y = rows.SelectMany(a => a.Answers.Select(_ => (object)Label(a))).ToList(),
            Marker = new PlotlyMarker("rgba(90, 90, 100, 0.4)", 12),
            HoverTemplate = "%{y}: a student said %{x:+.1f}<extra></extra>",
        };
        var rated = rows.Where(a => a.MeanTone is not null).ToList();
        var classMean = new PlotlyTrace
        {
            Type = "scatter",
            Mode = "markers",
            Name = "Class average",
            X = rated.Select(a => (object)Math.Round(a.MeanTone!.Value / 2, 3)).ToList(),
            Y = rated.Select(a => (object)Label(a)).ToList(),
            Marker = new PlotlyMarker("#E69F00", 20),
            HoverTemplate = "%{y}: class average %{x:+.2f}<extra></extra>",
        };
        var measured = new PlotlyTrace
        {
            Type = "scatter",
            Mode = "markers",
            Name = "Measured tone",
            X = rows.Select(a => (object)Math.Round(a.MeasuredCompound, 3)).ToList(),
            Y = rows.Select(a => (object)Label(a)).ToList(),
            Marker = new PlotlyMarker(Palette.Positive, 20),
            HoverTemplate = "%{y}: measured %{x:+.2f}<extra></extra>",
        };
        var figure = new PlotlyFigure([students, classMean, measured], new PlotlyLayout
        {
            XAxis = new PlotlyAxis(new PlotlyTitle("Tone, from −1 (very negative) to +1 (very positive)"), [-1.05, 1.05]),
            YAxis = new PlotlyAxis(new PlotlyTitle(""), Type: "category"),
            Height = Math.Max(300, 150 + 60 * rows.Count),
            Margin = new PlotlyMargin(Left: 20, Bottom: 120),
            Legend = new PlotlyLegend(Y: -0.2 - 0.6 / Math.Max(1, rows.Count)),
        });
        return new CaptionedFigure(figure, Caption);
    }

    /// <summary>How many answers each article has, for the projector's progress line ("Outlet A: 12").</summary>
    public static string Progress(ClassResults results) =>
        string.Join(" · ", results.Articles.Select(a => $"{a.Letter}: {a.Answers.Count.ToString(CultureInfo.InvariantCulture)}"));
}
