using BiasDashboard.Web.Dashboard.Plotly;

namespace BiasDashboard.Web.Dashboard;

/// <summary>Builds the dashboard's Plotly figures from outlet summaries and article arcs.</summary>
internal static class DashboardFigureBuilder
{
    public const string CompoundCaption =
        "Average tone of each outlet's sentences about this event, from −1 (very negative) to +1 (very positive). " +
        "The whiskers show the 95% range where the true average probably lies: where whiskers overlap, the difference may be chance.";

    public const string SharesCaption =
        "Share of each outlet's sentences that read as negative, neutral or positive (a VADER compound below −0.05, between, or above +0.05).";

    public const string ArcCaption =
        "How the tone moves from the start to the end of each article: one line per article, averaged over five neighbouring sentences.";

    public static DashboardFigures Build(IReadOnlyList<OutletSummary> outlets, IReadOnlyList<ArticleArc> arcs) =>
        new(new CaptionedFigure(Compound(outlets), CompoundCaption),
            new CaptionedFigure(Shares(outlets), SharesCaption),
            new CaptionedFigure(Arc(outlets, arcs), ArcCaption));

    // Plotly reads a few HTML tags and entities in labels; uploaded names are encoded so they show as typed.
    private static string Label(string text) => System.Net.WebUtility.HtmlEncode(text);

    private static PlotlyFigure Compound(IReadOnlyList<OutletSummary> outlets)
    {
        var names = outlets.Select(o => (object)Label(o.Outlet)).ToList();
        var extent = outlets.Select(o => Math.Max(Math.Abs(o.Low ?? o.MeanCompound), Math.Abs(o.High ?? o.MeanCompound)))
            .Append(0.2).Max() * 1.15;
        extent = Math.Min(extent, 1.05);
        var trace = new PlotlyTrace
        {
            Type = "bar",
            Name = "Mean sentence compound",
            X = names,
            Y = outlets.Select(o => (object)Math.Round(o.MeanCompound, 4)).ToList(),
            Marker = new PlotlyMarker(outlets.Select(o => o.Colour).ToList()),
            ErrorY = new PlotlyErrorBars(
                outlets.Select(o => Math.Round((o.High ?? o.MeanCompound) - o.MeanCompound, 4)).ToList(),
                outlets.Select(o => Math.Round(o.MeanCompound - (o.Low ?? o.MeanCompound), 4)).ToList()),
            CustomData = outlets.Select(o => $"{o.Sentences} sentences in {o.Articles} article(s)").ToList(),
            HoverTemplate = "<b>%{x}</b><br>mean compound %{y:.3f}<br>%{customdata}<extra></extra>",
        };
        return new PlotlyFigure([trace], new PlotlyLayout
        {
            XAxis = new PlotlyAxis(new PlotlyTitle("Outlet")),
            YAxis = new PlotlyAxis(new PlotlyTitle("Mean sentence compound (−1 to +1)"), [-extent, extent]),
            ShowLegend = false,
        });
    }

    private static PlotlyFigure Shares(IReadOnlyList<OutletSummary> outlets)
    {
        var names = outlets.Select(o => (object)Label(o.Outlet)).ToList();
        PlotlyTrace Part(string name, string color, Func<OutletSummary, double> share) => new()
        {
            Type = "bar",
            Name = name,
            X = names,
            Y = outlets.Select(o => (object)Math.Round(share(o) * 100, 1)).ToList(),
            Marker = new PlotlyMarker(color),
            HoverTemplate = $"<b>%{{x}}</b><br>{name}: %{{y:.1f}}%<extra></extra>",
        };

        return new PlotlyFigure(
            [Part("Negative", Palette.Negative, o => o.ShareNegative), Part("Neutral", Palette.Neutral, o => o.ShareNeutral),
             Part("Positive", Palette.Positive, o => o.SharePositive)],
            new PlotlyLayout
            {
                XAxis = new PlotlyAxis(new PlotlyTitle("Outlet")),
                YAxis = new PlotlyAxis(new PlotlyTitle("Share of sentences"), [0, 100], TickSuffix: "%"),
                BarMode = "stack",
            });
    }

    private static PlotlyFigure Arc(IReadOnlyList<OutletSummary> outlets, IReadOnlyList<ArticleArc> arcs)
    {
        var colour = outlets.ToDictionary(o => o.Outlet, o => o.Colour, StringComparer.OrdinalIgnoreCase);
        var legendShown = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var traces = arcs.Select(a => new PlotlyTrace
        {
            Type = "scatter",
            Mode = "lines",
            Name = Label(a.Outlet),
            LegendGroup = a.Outlet,
            ShowLegend = legendShown.Add(a.Outlet),
            X = a.Points.Select(p => (object)Math.Round(p.Position * 100, 1)).ToList(),
            Y = a.Points.Select(p => (object)Math.Round(p.Smoothed, 4)).ToList(),
            Line = new PlotlyLine(colour.GetValueOrDefault(a.Outlet, Palette.Neutral)),
            HoverTemplate = $"<b>{Label(a.Title)}</b><br>%{{x:.0f}}% through: %{{y:.2f}}<extra>{Label(a.Outlet)}</extra>",
        }).ToList();
        return new PlotlyFigure(traces, new PlotlyLayout
        {
            XAxis = new PlotlyAxis(new PlotlyTitle("Position in the article (start → end)"), [0, 100], ZeroLine: false, TickSuffix: "%"),
            YAxis = new PlotlyAxis(new PlotlyTitle("Smoothed compound (−1 to +1)"), [-1, 1]),
        });
    }
}

/// <summary>One article's arc for the chart.</summary>
public sealed record ArticleArc(int ArticleId, string Title, string Outlet, IReadOnlyList<ArcSample> Points);

public sealed record ArcSample(double Position, double Smoothed);
