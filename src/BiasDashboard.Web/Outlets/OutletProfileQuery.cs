using System.Globalization;
using System.Text.Json;
using BiasDashboard.Analysis.Comparison;
using BiasDashboard.Web.Charts;
using BiasDashboard.Web.Data;
using Microsoft.EntityFrameworkCore;
using Plotly.NET.CSharp;
using CS = Plotly.NET.CSharp;

namespace BiasDashboard.Web.Outlets;

/// <summary>
/// One outlet across all its events: tone and loaded language article by article over time, the voices it quotes
/// most, and the actors it writes about most positively and most negatively (own voice, at least three mentions),
/// read from its latest 100 articles so the page stays quick for a prolific outlet.
/// </summary>
public sealed class OutletProfileQuery(BiasDbContext db)
{
    private const int MaxArticles = 100;

    public const string ToneCaption =
        "Average tone of each of the outlet's articles (mean sentence compound, −1 to +1), by publication date.";

    public const string LoadedCaption = "Loaded words per 1,000 words in the outlet's own voice, article by article, by publication date.";

    public async Task<OutletProfile?> BuildAsync(int outletId, CancellationToken ct)
    {
        var outlet = await db.Outlets.AsNoTracking().Include(o => o.Tags).FirstOrDefaultAsync(o => o.Id == outletId, ct);
        if (outlet is null)
        {
            return null;
        }

        var articles = await db.Articles.AsNoTracking().Where(a => a.OutletId == outletId)
            .OrderByDescending(a => a.Published).ThenByDescending(a => a.Id).Take(MaxArticles)
            .Select(a => new
            {
                a.Id,
                a.Title,
                a.Published,
                a.Url,
                a.Body,
                a.MeanCompound,
                a.LoadedLanguageIndex,
                Events = a.Events.Select(e => new { e.Id, e.Title }).ToList()
            })
            .ToListAsync(ct);
        var total = await db.Articles.CountAsync(a => a.OutletId == outletId, ct);
        var ids = articles.Select(a => a.Id).ToList();
        var compounds = (await db.Sentences.AsNoTracking().Where(s => ids.Contains(s.ArticleId))
                .Select(s => new { s.ArticleId, s.Index, s.Compound }).ToListAsync(ct))
            .GroupBy(s => s.ArticleId)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<double>)g.OrderBy(s => s.Index).Select(s => s.Compound).ToList());
        var comparison = EventComparer.Default.Compare(articles.Select(a => new ComparedArticle(
            a.Id.ToString(CultureInfo.InvariantCulture), outlet.Name, outlet.Name, a.Title, a.Published, a.Url, a.Body,
            compounds.GetValueOrDefault(a.Id), a.LoadedLanguageIndex)).ToList());
        var actors = comparison.Actors.Select(r => (Row: r, Cell: r.Cells[0]))
            .Where(x => x.Cell.Mentions >= 3 && (x.Cell.MeanOwnVoice ?? x.Cell.MeanAll) is not null)
            .Select(x => new ActorPortrait(x.Row.Actor.Name, x.Row.Actor.Kind.ToString().ToLowerInvariant(), x.Cell.Mentions,
                x.Cell.MeanOwnVoice ?? x.Cell.MeanAll!.Value, x.Cell.Sentences))
            .ToList();
        var dated = articles.Where(a => a.Published is not null).OrderBy(a => a.Published).ToList();
        var rows = articles.Select(a => new ProfileArticle(a.Id, a.Title, a.Published, a.MeanCompound, a.LoadedLanguageIndex,
            a.Events.Select(e => new Articles.EventRef(e.Id, e.Title)).ToList())).ToList();
        return new OutletProfile(outlet.Id, outlet.Name,
            outlet.Tags.OrderBy(t => t.Axis, StringComparer.OrdinalIgnoreCase)
                .ToDictionary(t => t.Axis, t => t.Value, StringComparer.OrdinalIgnoreCase),
            total, rows,
            new CaptionedFigure(
                OverTime(
                    dated.Select(a => (a.Published!.Value, a.MeanCompound, a.Title)).ToList(), "Mean compound", [-1, 1], Palette.Positive),
                ToneCaption),
            new CaptionedFigure(
                OverTime(
                    dated.Select(a => (a.Published!.Value, a.LoadedLanguageIndex, a.Title)).ToList(),
                    "Loaded per 1,000 words", null, "#CC79A7"),
                LoadedCaption),
            comparison.Voices[0].Voices.Take(10).ToList(),
            actors.OrderByDescending(a => a.Mean).Take(5).ToList(),
            actors.OrderBy(a => a.Mean).Take(5).ToList());
    }

    private static JsonElement OverTime(
        IReadOnlyList<(DateOnly Date, double Value, string Title)> points, string axis, double[]? range, string colour)
    {
        var line = CS.Chart.Line<string, double, string>(
            points.Select(p => p.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)), points.Select(p => Math.Round(p.Value, 4)),
            ShowMarkers: true, Name: axis, LineColor: PlotlyFigures.Colour(colour), LineWidth: 2, UseDefaults: false);
        foreach (var trace in line.GetTraces())
        {
            // Per-point hover text: plotly.js customdata and hovertemplate, which Plotly.NET's chart functions do not take.
            trace.SetProperty("customdata", points.Select(p => PlotlyFigures.Label(p.Title)).ToList());
            trace.SetProperty("hovertemplate", "%{x}<br>%{y:.3f}<br>%{customdata}<extra></extra>");
        }

        var chart = PlotlyFigures.Styled(line, new Axis("Published", TickFormat: "%d %b %Y", Date: true), new Axis(axis, range),
            showLegend: false, height: 280);
        if (points.Count > 0 && points[^1].Date.DayNumber - points[0].Date.DayNumber < 7
            && chart.GetLayout().TryGetPropertyValue("xaxis") is { Value: DynamicObj.DynamicObj xaxis })
        {
            // Left to plotly.js, a few days' span (one article: no span at all) gets ticks hours apart, each labelled with
            // the same "%d %b %Y" date. One tick a day, from the day before the first article to the day after the last.
            xaxis.SetProperty("range", new[] { points[0].Date.AddDays(-1), points[^1].Date.AddDays(1) }
                .Select(d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)).ToList());
            xaxis.SetProperty("dtick", OneDayInMilliseconds);
        }

        return PlotlyFigures.ToJson(chart);
    }

    private const long OneDayInMilliseconds = 86_400_000;
}

/// <summary>What <c>/outlets/{id}</c> and <c>GET /api/outlets/{id}/profile</c> show.</summary>
public sealed record OutletProfile(
    int Id,
    string Name,
    IReadOnlyDictionary<string, string> Tags,
    int TotalArticles,
    IReadOnlyList<ProfileArticle> Articles,
    CaptionedFigure Tone,
    CaptionedFigure LoadedLanguage,
    IReadOnlyList<VoiceShare> Voices,
    IReadOnlyList<ActorPortrait> MostPositive,
    IReadOnlyList<ActorPortrait> MostNegative);

/// <summary>One of the outlet's articles with its tone, loaded-language index and events.</summary>
public sealed record ProfileArticle(
    int Id, string Title, DateOnly? Published, double MeanCompound, double LoadedLanguageIndex, IReadOnlyList<Articles.EventRef> Events);

/// <summary>
/// How the outlet writes about one actor: mentions, the mean compound of its own-voice sentences naming them
/// (all sentences when none), and those sentences.
/// </summary>
public sealed record ActorPortrait(string Actor, string Kind, int Mentions, double Mean, IReadOnlyList<SentenceRef> Sentences);
