using BiasDashboard.Analysis.Framing;
using BiasDashboard.Web.Charts;
using Plotly.NET;
using CS = Plotly.NET.CSharp;

namespace BiasDashboard.Web.Dashboard;

/// <summary>Builds the event's framing heatmaps and contested-terms table from stored matches.</summary>
internal static class FramingSummaryBuilder
{
    public const string OwnCaption =
        "How often each outlet used each kind of framing word in its own voice, per 1,000 of its own words (quotations left out).";

    public const string QuotedCaption =
        "The same, counting only words inside quotations: whose language an outlet chose to carry, per 1,000 quoted words.";

    public const string TotalCaption = "Own voice and quotations together, per 1,000 words.";

    public sealed record OutletVoice(string Outlet, int OwnWords, int QuotedWords);

    public sealed record StoredMatch(string Outlet, string Category, string? Option, bool InQuote);

    public static FramingSummary Build(FramingLexicon lexicon, IReadOnlyList<OutletVoice> outlets, IReadOnlyList<StoredMatch> matches)
    {
        var categories = lexicon.Categories;

        // One pass over the matches; every heatmap cell and table cell below is a lookup.
        var counts = matches.GroupBy(m => (m.Outlet, m.Category, m.Option, m.InQuote)).ToDictionary(g => g.Key, g => g.Count());
        int Of(string outlet, string category, string? option, bool inQuote) =>
            counts.GetValueOrDefault((outlet, category, option, inQuote));
        int Count(string outlet, string category, bool? quoted) =>
            (quoted != true ? Of(outlet, category, null, false) : 0) + (quoted != false ? Of(outlet, category, null, true) : 0);
        static double Rate(int count, int words) => words == 0 ? 0 : Math.Round(1000.0 * count / words, 1);

        CaptionedFigure Heatmap(string caption, Func<OutletVoice, FramingCategory, double> value)
        {
            var heatmap = CS.Chart.Heatmap<double, string, string, string>(
                outlets.Select(o => categories.Select(c => value(o, c)).ToList()).ToList(),
                X: categories.Select(c => PlotlyFigures.Label(c.Name)).ToList(),
                Y: outlets.Select(o => PlotlyFigures.Label(o.Outlet)).ToList(),
                ColorScale: StyleParam.Colorscale.Viridis, UseDefaults: false);
            PlotlyFigures.HeatmapScale(heatmap, "per 1,000 words", zmin: 0, zmax: null, "%{z:.1f}",
                "<b>%{y}</b><br>%{x}: %{z:.1f} per 1,000 words<extra></extra>");
            return new(PlotlyFigures.ToJson(PlotlyFigures.Styled(heatmap, new Axis("Kind of framing word", ZeroLine: false),
                new Axis("Outlet", ZeroLine: false, Reversed: true), showLegend: false,
                height: 140 + 40 * Math.Max(outlets.Count, 2), marginLeft: 160, marginBottom: 140)), caption);
        }

        var contested = lexicon.Contested.Select(set => new ContestedRow(set.Id, set.Name, set.Description,
            outlets.Select(o => new ContestedCell(o.Outlet, set.Options
                .Select(option => new ContestedCount(option.Label,
                    Of(o.Outlet, set.Id, option.Label, false), Of(o.Outlet, set.Id, option.Label, true)))
                .Where(c => c.Own + c.Quoted > 0).ToList())).ToList())).ToList();

        return new FramingSummary(lexicon.Id, lexicon.Version,
            categories.Select(c => new FramingCategoryInfo(c.Id, c.Name, c.Group, c.Colour, c.Description)).ToList(),
            Heatmap(OwnCaption, (o, c) => Rate(Count(o.Outlet, c.Id, false), o.OwnWords)),
            Heatmap(QuotedCaption, (o, c) => Rate(Count(o.Outlet, c.Id, true), o.QuotedWords)),
            Heatmap(TotalCaption, (o, c) => Rate(Count(o.Outlet, c.Id, null), o.OwnWords + o.QuotedWords)),
            contested);
    }
}
