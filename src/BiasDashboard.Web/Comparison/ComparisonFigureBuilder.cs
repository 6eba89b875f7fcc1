using BiasDashboard.Analysis.Comparison;
using BiasDashboard.Web.Dashboard;
using BiasDashboard.Web.Dashboard.Plotly;

namespace BiasDashboard.Web.Comparison;

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

    private static readonly object Diverging = new object[] { new object[] { 0, Palette.Negative }, new object[] { 0.5, "#F2F2F2" }, new object[] { 1, Palette.Positive } };

    public static ComparisonFigures Build(EventComparison comparison) =>
        new(new CaptionedFigure(Voices(comparison), VoicesCaption),
            new CaptionedFigure(Actors(comparison, own: false), ActorsAllCaption),
            new CaptionedFigure(Actors(comparison, own: true), ActorsOwnCaption));

    // Plotly reads a few HTML tags and entities in labels; uploaded names are encoded so they show as typed.
    private static string Label(string text) => System.Net.WebUtility.HtmlEncode(text);

    private static PlotlyFigure Voices(EventComparison comparison)
    {
        var columns = comparison.Voices.Select(v => (object)Label(v.Column)).ToList();
        var groups = comparison.Voices.SelectMany(v => v.Groups).GroupBy(g => g.Group, StringComparer.Ordinal)
            .OrderByDescending(g => g.Sum(x => x.Words)).Select(g => g.Key).ToList();
        var traces = groups.Select((group, i) => new PlotlyTrace
        {
            Type = "bar",
            Name = Label(group),
            X = columns,
            Y = comparison.Voices.Select(v => (object)Math.Round(100 * (v.Groups.FirstOrDefault(g => g.Group == group)?.Share ?? 0), 1)).ToList(),
            Marker = new PlotlyMarker(group == "(unattributed)" ? Palette.Neutral : Palette.Outlets[i % Palette.Outlets.Count]),
            CustomData = comparison.Voices.Select(v => $"{v.Groups.FirstOrDefault(g => g.Group == group)?.Words ?? 0} of {v.Words} quoted words").ToList(),
            HoverTemplate = "<b>%{x}</b><br>" + Label(group) + ": %{y:.1f}%<br>%{customdata}<extra></extra>",
        }).ToList();
        return new PlotlyFigure(traces, new PlotlyLayout
        {
            XAxis = new PlotlyAxis(new PlotlyTitle("Outlet")),
            YAxis = new PlotlyAxis(new PlotlyTitle("Share of quoted and reported words (%)"), [0, 100]),
            BarMode = "stack",
        });
    }

    private static PlotlyFigure Actors(EventComparison comparison, bool own)
    {
        var actors = comparison.Actors.Take(20).Reverse().ToList(); // most-named at the top
        var columns = comparison.Columns.Select(c => c.Name).ToList();
        var trace = new PlotlyTrace
        {
            Type = "heatmap",
            X = columns.Select(c => (object)Label(c)).ToList(),
            Y = actors.Select(a => (object)Label(a.Actor.Name)).ToList(),
            Z = actors.Select(a => (IReadOnlyList<double?>)columns.Select(c => a.Cells.First(x => x.Column == c) is var cell && (own ? cell.MeanOwnVoice : cell.MeanAll) is { } v ? Math.Round(v, 3) : (double?)null).ToList()).ToList(),
            Text = actors.Select(a => (IReadOnlyList<string>)columns.Select(c => a.Cells.First(x => x.Column == c) is var cell
                ? $"{cell.Mentions} mention(s), {(own ? cell.OwnVoiceSentences : cell.Sentences.Count)} sentence(s)" : "").ToList()).ToList(),
            ColorScale = Diverging,
            ZMin = -1,
            ZMax = 1,
            TextTemplate = "%{z:.2f}",
            HoverTemplate = "<b>%{y}</b> in %{x}<br>mean compound %{z:.3f}<br>%{text}<extra></extra>",
            ColorBar = new PlotlyColorBar(new PlotlyTitle("Tone")),
        };
        return new PlotlyFigure([trace], new PlotlyLayout
        {
            XAxis = new PlotlyAxis(new PlotlyTitle("Outlet"), ZeroLine: false),
            YAxis = new PlotlyAxis(new PlotlyTitle(""), ZeroLine: false),
            ShowLegend = false,
            Height = Math.Max(260, 60 + 28 * actors.Count),
            Margin = new PlotlyMargin(Left: 160),
        });
    }
}
