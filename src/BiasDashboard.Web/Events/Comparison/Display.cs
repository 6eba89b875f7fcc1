using System.Globalization;
using BiasDashboard.Analysis.Comparison;

namespace BiasDashboard.Web.Events.Comparison;

/// <summary>
/// How comparison figures are written on the pages: signs and decimals, percentages, positions on the shared −1…+1 scale,
/// and links to the sentences behind a figure.
/// </summary>
public static class Display
{
    /// <summary>The link to the sentences behind a figure: the first article they are in, those sentences highlighted.</summary>
    public static string? SentencesHref(IEnumerable<SentenceRef> refs)
    {
        var list = refs.ToList();
        if (list.Count == 0)
        {
            return null;
        }

        var article = list[0].Article;
        var indices = list.Where(r => r.Article == article).Select(r => r.Sentence).Distinct().Order().Take(100).ToList();
        return $"/articles/{Uri.EscapeDataString(article)}?s={string.Join(',', indices)}#s-{indices[0]}";
    }

    public static string? EvidenceHref(IEnumerable<FactEvidence> evidence) =>
        SentencesHref(evidence.Select(e => new SentenceRef(e.Article, e.Sentence)));

    /// <summary>A compound as shown: the typographic minus, three decimals.</summary>
    public static string Tone(double value, string format = "+0.000;−0.000;0.000") =>
        value.ToString(format, CultureInfo.InvariantCulture);

    public static string Percent(double share) => (share * 100).ToString("0", CultureInfo.InvariantCulture) + "%";

    /// <summary>A CSS percentage for a position on the −1…+1 scale.</summary>
    public static string At(double compound) =>
        ((Math.Clamp(compound, -1, 1) + 1) * 50).ToString("0.##", CultureInfo.InvariantCulture) + "%";

    public static string Css(double percent) => percent.ToString("0.##", CultureInfo.InvariantCulture) + "%";

    public static string StatusText(FactStatus status) => status switch
    {
        FactStatus.States => "states",
        FactStatus.Contradicts => "contradicts",
        FactStatus.Disputed => "gives",
        _ => "omits",
    };

    public static string StatusMark(FactStatus status) => status switch
    {
        FactStatus.States => "✓",
        FactStatus.Contradicts => "✗",
        FactStatus.Disputed => "≠",
        _ => "—",
    };
}
