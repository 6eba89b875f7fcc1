using System.Globalization;
using System.Text.Encodings.Web;
using BiasDashboard.Analysis.Framing;
using Microsoft.AspNetCore.Html;

namespace BiasDashboard.Web.Articles;

/// <summary>
/// The article page's text: one page of the body exactly as analysed, each sentence in a focusable span (<c>id="s-N"</c>,
/// shaded by its compound, highlighted when asked for) and each framing match in a focusable mark with a tooltip.
/// Built in C# rather than Razor so the template's own whitespace never enters the pre-wrapped text; every piece of
/// article and lexicon text is HTML-encoded.
/// </summary>
public sealed class ArticleTextRenderer(FramingLexicon lexicon)
{
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Default;

    private readonly Dictionary<string, FramingCategory> _categoryById = lexicon.Categories
        .GroupBy(c => c.Id, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);

    public IHtmlContent Render(ArticleDetail article, ArticleTextPage page)
    {
        var (from, to) = page.Bounds(article);
        var html = new HtmlContentBuilder();
        var at = from;
        foreach (var s in article.Sentences.Where(s => s.Start >= from && s.End <= to).OrderBy(s => s.Start))
        {
            if (s.Start < at)
            {
                continue; // overlaps the sentence before: its text is already on the page
            }

            html.Append(article.Text[at..s.Start]);
            AppendSentence(html, article, s, page.Highlighted.Contains(s.Index));
            at = s.End;
        }

        if (at < to)
        {
            html.Append(article.Text[at..to]);
        }

        return html;
    }

    /// <summary>Lexicon colours are teacher input: only #rgb / #rrggbb reach the style attribute.</summary>
    public static string SafeColour(string colour) =>
        colour.Length is 4 or 7 && colour[0] == '#' && colour.AsSpan(1).ContainsAnyExcept(HexDigits) is false ? colour : "#999999";

    private static readonly System.Buffers.SearchValues<char> HexDigits =
        System.Buffers.SearchValues.Create("0123456789abcdefABCDEF");

    private void AppendSentence(HtmlContentBuilder html, ArticleDetail article, SentenceDetail s, bool highlighted)
    {
        var label = Encoder.Encode(Explain(s));
        var hl = highlighted ? " hl" : "";
        var compound = s.Compound.ToString("0.0000", CultureInfo.InvariantCulture);
        html.AppendHtml($"<span id=\"s-{s.Index}\" class=\"s {ClassOf(s)}{hl}\" data-index=\"{s.Index}\" tabindex=\"0\" " +
            $"style=\"--strength: {Strength(s)}\" data-compound=\"{compound}\" title=\"{label}\" aria-label=\"{label}\">");
        AppendWithMarks(html, article, s.Start, s.End);
        html.AppendHtml("</span>");
    }

    // A sentence's text with each framing match wrapped in a focusable mark: colour, underline style and a tooltip
    // (category, term, own voice or quoted, speaker), so the highlight reads with or without colour. A match that
    // overlaps the one before, leaves the sentence or names a category the lexicon no longer has is left unmarked.
    private void AppendWithMarks(HtmlContentBuilder html, ArticleDetail article, int start, int end)
    {
        var at = start;
        var text = article.Text;
        foreach (var m in article.Framing.Matches.Where(m => m.Option is null && m.Start >= start && m.End <= end))
        {
            if (m.Start < at || !_categoryById.TryGetValue(m.Category, out var category))
            {
                continue;
            }

            html.Append(text[at..m.Start]);
            var voice = m.InQuote ? $"quoted{(m.Speaker is null ? "" : ", " + m.Speaker)}" : "own voice";
            var tip = Encoder.Encode($"{category.Name} · “{m.Term}” · {voice}{TermDetail(category, m.Term)}");
            html.AppendHtml($"<mark class=\"f g-{GroupClass(category.Group)}{(m.InQuote ? " q" : "")}\" tabindex=\"0\" " +
                $"data-cat=\"{Encoder.Encode(category.Id)}\" style=\"--c: {SafeColour(category.Colour)}\" " +
                $"title=\"{tip}\" aria-label=\"{tip}\">");
            html.Append(text[m.Start..m.End]);
            html.AppendHtml("</mark>");
            at = m.End;
        }

        html.Append(text[at..end]);
    }

    // Where a term came from, how much it weighs, and the context rules under which it would not have counted, so a
    // student can see which list a match came from and why it counts.
    private string TermDetail(FramingCategory category, string term)
    {
        if (category.Group != FramingAnalyzer.LoadedGroup ||
            category.Terms.FirstOrDefault(t => string.Equals(t.Term, term, StringComparison.OrdinalIgnoreCase)) is not { } t)
        {
            return "";
        }

        var rules = t.Unless.Select(u => lexicon.Rules.FirstOrDefault(r => r.Id == u)?.Description).OfType<string>().ToList();
        return $" · weight {t.Weight.ToString("0.00", CultureInfo.InvariantCulture)} · source: {t.Source ?? category.Source}" +
            (rules.Count == 0 ? "" : " · checked, and would not count: " + string.Join(" ", rules));
    }

    private static string GroupClass(string group) => group is "loaded" or "frame" or "neutral" ? group : "frame";

    private static string ClassOf(SentenceDetail s) => s.Compound >= 0.05 ? "pos" : s.Compound <= -0.05 ? "neg" : "neu";

    // 0.15 to 0.6: the shading's opacity grows with the size of the compound.
    private static string Strength(SentenceDetail s) =>
        (0.15 + 0.45 * Math.Abs(s.Compound)).ToString("0.00", CultureInfo.InvariantCulture);

    private static string Explain(SentenceDetail s)
    {
        var words = s.Words.Count == 0 ? "no sentiment words"
            : string.Join(", ", s.Words.Select(w => $"{w.Word} {w.Valence.ToString("+0.00;−0.00", CultureInfo.InvariantCulture)}"));
        return $"compound {s.Compound.ToString("+0.000;−0.000;0.000", CultureInfo.InvariantCulture)} ({words})";
    }
}
