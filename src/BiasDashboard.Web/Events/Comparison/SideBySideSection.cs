using System.Globalization;
using BiasDashboard.Analysis.Comparison;

namespace BiasDashboard.Web.Events.Comparison;

/// <summary>
/// "Side by side": one column per outlet (or per value of a tag axis), with its articles, tone, loaded language and
/// voices. The small charts share one scale, so bars compare across columns.
/// </summary>
public sealed record SideBySideSection(string ColumnsAre, IReadOnlyList<SideColumn> Columns)
{
    private const string Interval = "+0.00;−0.00;0.00";

    public static SideBySideSection Build(EventComparisonView view, IReadOnlyList<string> order)
    {
        var c = view.Comparison;
        var maxLoaded = Math.Max(1, c.Columns.Select(x => x.LoadedLanguageIndex ?? 0).DefaultIfEmpty(0).Max());
        var colours = new VoiceGroupColours(c.Voices);
        var columns = order.Select(name =>
        {
            var column = c.Columns.First(x => x.Name == name);
            var outlets = view.GroupedBy is null ? null : string.Join(", ", view.OutletsByColumn[name].Select(o => o.Name));
            return new SideColumn(
                name,
                outlets,
                column.Articles.Select(a => ArticleLine(a, grouped: view.GroupedBy is not null)).ToList(),
                Tone(name, column.Sentiment),
                Loaded(name, column, maxLoaded),
                Voices(name, c.Voices.First(v => v.Column == name), colours));
        }).ToList();
        return new SideBySideSection(view.GroupedBy is null ? "outlet" : $"value of “{view.GroupedBy}”", columns);
    }

    private static SideArticle ArticleLine(ColumnArticle a, bool grouped)
    {
        var date = a.Published?.ToString("d MMM yyyy", CultureInfo.InvariantCulture) ?? "undated";
        var meta = $"{(grouped ? a.Outlet + " · " : "")}{date} · {a.Words} words";
        return new SideArticle($"/articles/{a.Key}", a.Title, meta, SafeLinks.Http(a.Url));
    }

    private static ToneCell Tone(string name, ColumnSentiment s)
    {
        var low = s.Spread?.Low ?? s.Mean;
        var high = s.Spread?.High ?? s.Mean;
        return new ToneCell(
            s.Mean.ToString("0.0000", CultureInfo.InvariantCulture),
            $"{name}: mean {Display.Tone(s.Mean)}, 95% interval {Display.Tone(low, Interval)} to {Display.Tone(high, Interval)}",
            s.Mean < 0 ? "neg" : "pos",
            Display.At(Math.Min(0, s.Mean)),
            Display.Css(Math.Abs(s.Mean) * 50),
            Display.At(low),
            Display.Css((high - low) * 50),
            Display.Tone(s.Mean),
            $"({Display.Tone(low, Interval)} to {Display.Tone(high, Interval)})",
            s.Agreement.ToString().ToLowerInvariant(),
            s.Agreement == LexiconAgreement.Agree ? $"AFINN-165 agrees: {s.AfinnDirection}." : s.Note,
            Display.SentencesHref(s.MostNegative),
            Display.SentencesHref(s.MostPositive));
    }

    private static LoadedCell? Loaded(string name, ComparisonColumn column, double maxLoaded)
    {
        if (column.LoadedLanguageIndex is not { } l)
        {
            return null;
        }

        var inv = CultureInfo.InvariantCulture;
        var value = l.ToString("0.0", inv);
        return new LoadedCell(
            $"{name}: {value} loaded words per 1,000",
            Display.Css(100 * l / maxLoaded),
            value,
            column.LoadedLanguageSpread is { } ls ? $"({ls.Low.ToString("0.0", inv)} to {ls.High.ToString("0.0", inv)})" : null);
    }

    private static VoicesCell Voices(string name, VoiceColumn voices, VoiceGroupColours colours) => new(
        $"{name}: {string.Join(", ", voices.Groups.Select(g => $"{g.Group} {Display.Percent(g.Share)}"))}",
        voices.Groups.Select(g =>
            new VoiceSegment(Display.Css(g.Share * 100), colours.Of(g.Group), $"{g.Group} {Display.Percent(g.Share)}")).ToList(),
        voices.Voices.Take(4).Select(v =>
            new VoiceLine(Display.SentencesHref(v.Sentences), v.Speaker, $"{v.Group} · {Display.Percent(v.Share)}")).ToList(),
        voices.Words);
}

/// <summary>One column: its name, the outlets in it when grouped by a tag axis, and its cells.</summary>
public sealed record SideColumn(
    string Name, string? Outlets, IReadOnlyList<SideArticle> Articles, ToneCell Tone, LoadedCell? Loaded, VoicesCell Voices);

/// <summary>A headline with its link, the line under it (outlet when grouped, date, words) and the source link, if safe.</summary>
public sealed record SideArticle(string Href, string Title, string Meta, string? SourceUrl);

/// <summary>
/// The tone cell: the mean (to four decimals for scripts), the mini chart's bar and whisker positions on the shared
/// −1…+1 scale, the mean and interval as shown, whether AFINN-165 agrees, and links to the most negative and positive sentences.
/// </summary>
public sealed record ToneCell(
    string DataMean, string Label, string BarClass, string BarLeft, string BarWidth, string WhiskerLeft, string WhiskerWidth,
    string Mean, string Interval, string SureClass, string? Sure, string? NegativeHref, string? PositiveHref);

/// <summary>Loaded words per 1,000: the bar's width against the event's highest column, the value and its interval.</summary>
public sealed record LoadedCell(string Label, string Width, string Value, string? Interval);

/// <summary>The column's voices: one stacked segment per speaker group, the four most heard speakers, and the words counted.</summary>
public sealed record VoicesCell(string Label, IReadOnlyList<VoiceSegment> Segments, IReadOnlyList<VoiceLine> Top, int Words);

public sealed record VoiceSegment(string Width, string Colour, string Title);

public sealed record VoiceLine(string? Href, string Speaker, string Meta);
