using System.Text.Json;
using BiasDashboard.Analysis.Comparison;
using BiasDashboard.Web.Charts;
using Plotly.NET;
using Plotly.NET.CSharp;
using CS = Plotly.NET.CSharp;

namespace BiasDashboard.Web.Events.Comparison;

/// <summary>Builds the comparison page's Plotly figures: voices stacked by group per column, and the actor × column heatmaps.</summary>
internal static class ComparisonFigureBuilder
{
    public const string VoicesCaption =
        "Whose words each outlet carries: the share of its quoted and reported words by the group the text says the speaker belongs to. " +
        "“(unattributed)” is quoted text whose speaker the article does not name.";

    public const string ActorsAllCaption =
        "How each outlet writes about each actor: the average tone (−1 to +1) of its sentences that name them, quotes included. " +
        "Blank means the outlet never names them. Tone is VADER's reading of the whole sentence, not a verdict on the person.";

    public const string ActorsOwnCaption =
        "The same, counting only sentences in the outlet's own voice (less than half quoted): the tone the outlet itself chose.";

    // Blue for positive, vermillion for negative (Okabe–Ito), near-white at zero.
    private static readonly StyleParam.Colorscale Diverging = StyleParam.Colorscale.NewCustom(
        [Tuple.Create(0.0, PlotlyFigures.Colour(Palette.Negative)), Tuple.Create(0.5, PlotlyFigures.Colour("#F2F2F2")),
            Tuple.Create(1.0, PlotlyFigures.Colour(Palette.Positive))]);

    public static ComparisonFigures Build(EventComparison comparison) =>
        new(new CaptionedFigure(Voices(comparison), VoicesCaption),
            new CaptionedFigure(Actors(comparison, own: false), ActorsAllCaption),
            new CaptionedFigure(Actors(comparison, own: true), ActorsOwnCaption));

    private static JsonElement Voices(EventComparison comparison)
    {
        var columns = comparison.Voices.Select(v => PlotlyFigures.Label(v.Column)).ToList();
        var groups = comparison.Voices.SelectMany(v => v.Groups).GroupBy(g => g.Group, StringComparer.Ordinal)
            .OrderByDescending(g => g.Sum(x => x.Words)).Select(g => g.Key).ToList();
        var bars = groups.Select((group, i) =>
        {
            var bar = CS.Chart.StackedColumn<double, string, string>(
                comparison.Voices.Select(v => Math.Round(100 * (v.Groups.FirstOrDefault(g => g.Group == group)?.Share ?? 0), 1)),
                Keys: columns, Name: PlotlyFigures.Label(group), UseDefaults: false,
                MarkerColor: PlotlyFigures.Colour(
                    group == "(unattributed)" ? Palette.Neutral : Palette.Outlets[i % Palette.Outlets.Count]));
            foreach (var trace in bar.GetTraces())
            {
                // Per-point hover text: plotly.js customdata and hovertemplate, which Plotly.NET's chart functions do not take.
                trace.SetProperty("customdata",
                    comparison.Voices
                        .Select(v => $"{v.Groups.FirstOrDefault(g => g.Group == group)?.Words ?? 0} of {v.Words} quoted words").ToList());
                trace.SetProperty("hovertemplate",
                    "<b>%{x}</b><br>" + PlotlyFigures.Label(group) + ": %{y:.1f}%<br>%{customdata}<extra></extra>");
            }

            return bar;
        }).ToList();
        var chart = bars.Count == 0 ? PlotlyFigures.Empty() : CS.Chart.Combine(bars);
        return PlotlyFigures.ToJson(
            PlotlyFigures.Styled(chart, new Axis("Outlet"), new Axis("Share of quoted and reported words (%)", [0, 100])));
    }

    private static JsonElement Actors(EventComparison comparison, bool own)
    {
        var actors = comparison.Actors.Take(20).Reverse().ToList(); // most-named at the top
        var columns = comparison.Columns.Select(c => c.Name).ToList();
        var z = actors.Select(a => columns.Select(c =>
                a.Cells.First(x => x.Column == c) is var cell && (own ? cell.MeanOwnVoice : cell.MeanAll) is { } v
                    ? Math.Round(v, 3) : (double?)null).ToList()).ToList();
        var heatmap = CS.Chart.Heatmap<double, string, string, string>(z.Select(row => row.Select(v => v ?? 0)),
            X: columns.Select(PlotlyFigures.Label).ToList(), Y: actors.Select(a => PlotlyFigures.Label(a.Actor.Name)).ToList(),
            ColorScale: Diverging, UseDefaults: false);
        foreach (var trace in heatmap.GetTraces())
        {
            // Plotly.NET types heatmap cells as IConvertible, so a blank cell (null: plotly.js draws a gap, the outlet never
            // names the actor) and a 2-D matrix of cell texts cannot go through it; the plotly.js attributes are set instead.
            trace.SetProperty("z", z);
            trace.SetProperty("text", actors.Select(a => columns.Select(c => a.Cells.First(x => x.Column == c) is var cell
                ? $"{cell.Mentions} mention(s), {(own ? cell.OwnVoiceSentences : cell.Sentences.Count)} sentence(s)"
                : "").ToList()).ToList());
        }

        PlotlyFigures.HeatmapScale(heatmap, "Tone", zmin: -1, zmax: 1, "%{z:.2f}",
            "<b>%{y}</b> in %{x}<br>mean compound %{z:.3f}<br>%{text}<extra></extra>");
        return PlotlyFigures.ToJson(PlotlyFigures.Styled(
            heatmap, new Axis("Outlet", ZeroLine: false), new Axis("", ZeroLine: false), showLegend: false,
            height: Math.Max(260, 60 + 28 * actors.Count), marginLeft: 160));
    }
}
