using System.Text.Json;
using BiasDashboard.Web.Charts;
using Plotly.NET;
using Plotly.NET.CSharp;
using CS = Plotly.NET.CSharp;
using Chart = Plotly.NET.Chart;

namespace BiasDashboard.Web.Dashboard;

/// <summary>Builds the dashboard's Plotly figures from outlet summaries and article arcs.</summary>
internal static class DashboardFigureBuilder
{
    public const string CompoundCaption =
        "Average tone of each outlet's sentences about this event, from −1 (very negative) to +1 (very positive). " +
        "The whiskers show the 95% range where the true average probably lies: where whiskers overlap, the difference may be chance.";

    public const string SharesCaption =
        "Share of each outlet's sentences that read as negative, neutral or positive " +
        "(a VADER compound below −0.05, between, or above +0.05).";

    public const string ArcCaption =
        "How the tone moves from the start to the end of each article: one line per article, averaged over five neighbouring sentences.";

    public static DashboardFigures Build(IReadOnlyList<OutletSummary> outlets, IReadOnlyList<ArticleArc> arcs) =>
        new(new CaptionedFigure(Compound(outlets), CompoundCaption),
            new CaptionedFigure(Shares(outlets), SharesCaption),
            new CaptionedFigure(Arc(outlets, arcs), ArcCaption));

    private static JsonElement Compound(IReadOnlyList<OutletSummary> outlets)
    {
        var extent = outlets.Select(o => Math.Max(Math.Abs(o.Low ?? o.MeanCompound), Math.Abs(o.High ?? o.MeanCompound)))
            .Append(0.2).Max() * 1.15;
        extent = Math.Min(extent, 1.05);
        var bars = CS.Chart.Column<double, string, string>(
            outlets.Select(o => Math.Round(o.MeanCompound, 4)), Keys: outlets.Select(o => PlotlyFigures.Label(o.Outlet)).ToList(),
            Name: "Mean sentence compound", MarkerColor: Color.fromColors(outlets.Select(o => PlotlyFigures.Colour(o.Colour))),
                UseDefaults: false);
        bars = Chart.withYErrorStyle<double, double>(null, StyleParam.ErrorType.Data, false,
            outlets.Select(o => Math.Round((o.High ?? o.MeanCompound) - o.MeanCompound, 4)).ToList(),
            outlets.Select(o => Math.Round(o.MeanCompound - (o.Low ?? o.MeanCompound), 4)).ToList(),
            null, null, null, null, null, PlotlyFigures.Colour("#333333"), null, null).Invoke(bars);
        foreach (var trace in bars.GetTraces())
        {
            // Per-point hover text: plotly.js customdata and hovertemplate, which Plotly.NET's chart functions do not take.
            trace.SetProperty("customdata", outlets.Select(o => $"{o.Sentences} sentences in {o.Articles} article(s)").ToList());
            trace.SetProperty("hovertemplate", "<b>%{x}</b><br>mean compound %{y:.3f}<br>%{customdata}<extra></extra>");
        }

        return PlotlyFigures.ToJson(PlotlyFigures.Styled(bars, new Axis("Outlet"),
            new Axis("Mean sentence compound (−1 to +1)", [-extent, extent]),
            showLegend: false));
    }

    private static JsonElement Shares(IReadOnlyList<OutletSummary> outlets)
    {
        var names = outlets.Select(o => PlotlyFigures.Label(o.Outlet)).ToList();
        GenericChart Part(string name, string colour, Func<OutletSummary, double> share)
        {
            var part = CS.Chart.StackedColumn<double, string, string>(outlets.Select(o => Math.Round(share(o) * 100, 1)), Keys: names,
                Name: name, MarkerColor: PlotlyFigures.Colour(colour), UseDefaults: false);
            foreach (var trace in part.GetTraces())
            {
                trace.SetProperty("hovertemplate", $"<b>%{{x}}</b><br>{name}: %{{y:.1f}}%<extra></extra>"); // not in Plotly.NET's API
            }

            return part;
        }

        var chart = CS.Chart.Combine([Part("Negative", Palette.Negative, o => o.ShareNegative),
            Part("Neutral", Palette.Neutral, o => o.ShareNeutral),
            Part("Positive", Palette.Positive, o => o.SharePositive)]);
        return PlotlyFigures.ToJson(PlotlyFigures.Styled(chart, new Axis("Outlet"),
            new Axis("Share of sentences", [0, 100], TickSuffix: "%")));
    }

    private static JsonElement Arc(IReadOnlyList<OutletSummary> outlets, IReadOnlyList<ArticleArc> arcs)
    {
        var colour = outlets.ToDictionary(o => o.Outlet, o => o.Colour, StringComparer.OrdinalIgnoreCase);
        var legendShown = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var lines = arcs.Select(a =>
        {
            var line = CS.Chart.Line<double, double, string>(
                    a.Points.Select(p => Math.Round(p.Position * 100, 1)), a.Points.Select(p => Math.Round(p.Smoothed, 4)),
                    ShowMarkers: false, Name: PlotlyFigures.Label(a.Outlet), ShowLegend: legendShown.Add(a.Outlet),
                    LineColor: PlotlyFigures.Colour(colour.GetValueOrDefault(a.Outlet, Palette.Neutral)), LineWidth: 2, UseDefaults: false)
                .WithTraceInfo(LegendGroup: a.Outlet);
            foreach (var trace in line.GetTraces())
            {
                trace.SetProperty("hovertemplate", // not in Plotly.NET's API
                    $"<b>{PlotlyFigures.Label(a.Title)}</b><br>%{{x:.0f}}% through: %{{y:.2f}}" +
                    $"<extra>{PlotlyFigures.Label(a.Outlet)}</extra>");
            }

            return line;
        }).ToList();
        var chart = lines.Count == 0 ? PlotlyFigures.Empty() : CS.Chart.Combine(lines);
        return PlotlyFigures.ToJson(PlotlyFigures.Styled(chart,
            new Axis("Position in the article (start → end)", [0, 100], ZeroLine: false, TickSuffix: "%"),
            new Axis("Smoothed compound (−1 to +1)", [-1, 1])));
    }
}

/// <summary>One article's arc for the chart.</summary>
public sealed record ArticleArc(int ArticleId, string Title, string Outlet, IReadOnlyList<ArcSample> Points);

public sealed record ArcSample(double Position, double Smoothed);
