using System.Globalization;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Html;
using BiasDashboard.Analysis.Framing;
using BiasDashboard.Web.Articles;
using BiasDashboard.Web.Lexicon;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace BiasDashboard.Web.Pages.Articles;

/// <summary>One article: its full text with every sentence shaded by its compound, and the scores.</summary>
public sealed class DetailsModel(ArticleQueries articles, ActiveLexicon lexicon) : PageModel
{
    public ArticleDetail? Article { get; private set; }

    public IReadOnlyList<TextPiece> Pieces { get; private set; } = [];

    /// <summary>What the "why this score" panel needs: the sentence compounds and the outlet's pooled figures per event.</summary>
    public string PanelJson { get; private set; } = "{}";

    public string? SafeUrl => SafeLinks.Http(Article?.Url);

    /// <summary>The lexicon's categories that occur in this article, for the legend.</summary>
    public IReadOnlyList<FramingCategory> Categories { get; private set; } = [];

    private IReadOnlyDictionary<string, FramingCategory> _categoryById = new Dictionary<string, FramingCategory>();

    /// <summary>The sentences with the highest loaded score (summed weights of their loaded-language matches), highest first.</summary>
    public IReadOnlyList<(SentenceDetail Sentence, double Score, IReadOnlyList<string> Words)> MostLoaded { get; private set; } = [];

    /// <summary>Sentence indices to highlight, from <c>?s=3,7</c>: the comparison page links every figure to the sentences behind it.</summary>
    public IReadOnlySet<int> Highlighted { get; private set; } = new HashSet<int>();

    /// <summary>Sentences shown per page: a long article is read a page at a time, so its page stays small and quick.</summary>
    public const int PageSize = 400;

    /// <summary>The page shown (from 0): <c>?page=</c>, else the page of the first highlighted sentence.</summary>
    public int PageNumber { get; private set; }

    public int PageCount => Math.Max(1, (Article!.SentenceCount + PageSize - 1) / PageSize);

    /// <summary>The <c>?s=</c> value, kept in the paging links.</summary>
    public string? HighlightQuery { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id, [FromQuery(Name = "s")] string? highlight, [FromQuery] int? page, CancellationToken ct)
    {
        Highlighted = (highlight ?? "").Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .Select(x => int.TryParse(x, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : -1)
            .Where(n => n >= 0).Take(500).ToHashSet();
        HighlightQuery = Highlighted.Count > 0 ? highlight : null;
        PageNumber = Math.Max(0, page ?? (Highlighted.Count > 0 ? Highlighted.Min() / PageSize : 0));
        // One sentence more than the page: where it starts is where this page's text ends and the next page's begins.
        Article = await articles.GetAsync(id, ct, (PageNumber * PageSize)..((PageNumber + 1) * PageSize + 1));
        if (Article is null)
        {
            return NotFound();
        }

        if (Article.Sentences.Count == 0 && PageNumber > 0)
        {
            return RedirectToPage(new { id, page = PageCount - 1 });
        }

        var first = PageNumber == 0 || Article.Sentences.Count == 0 ? 0 : Article.Sentences[0].Start;
        var last = Article.Sentences.Count > PageSize ? Article.Sentences[PageSize].Start : Article.Text.Length;
        Pieces = Split(Article.Text, first, last, Article.Sentences);
        _categoryById = lexicon.Lexicon.Categories.ToDictionary(c => c.Id, StringComparer.Ordinal);
        var used = Article.Framing.Matches.Where(m => m.Option is null).Select(m => m.Category).ToHashSet(StringComparer.Ordinal);
        Categories = lexicon.Lexicon.Categories.Where(c => used.Contains(c.Id)).ToList();
        MostLoaded = RankByLoadedScore(Article, lexicon.Lexicon);
        var outlets = await articles.OutletContextAsync(id, ct);
        PanelJson = System.Text.Json.JsonSerializer.Serialize(new
        {
            sentences = Article.Sentences.Select(x => new { x.Index, x.Compound }),
            outlets,
        }, new System.Text.Json.JsonSerializerOptions(System.Text.Json.JsonSerializerDefaults.Web));
        return Page();
    }

    /// <summary>
    /// The body with each sentence in a focusable, shaded span. Built here rather than in Razor so the
    /// template's own whitespace never enters the pre-wrapped text; every piece of text is HTML-encoded.
    /// </summary>
    public IHtmlContent RenderText()
    {
        var html = new HtmlContentBuilder();
        foreach (var piece in Pieces)
        {
            if (piece.Sentence is not { } s)
            {
                html.Append(piece.Text);
                continue;
            }

            var label = Encoder.Encode(Explain(s));
            var hl = Highlighted.Contains(s.Index) ? " hl" : "";
            html.AppendHtml($"<span id=\"s-{s.Index}\" class=\"s {ClassOf(s)}{hl}\" data-index=\"{s.Index}\" tabindex=\"0\" style=\"--strength: {Strength(s)}\" data-compound=\"{s.Compound.ToString("0.0000", CultureInfo.InvariantCulture)}\" title=\"{label}\" aria-label=\"{label}\">");
            AppendWithMarks(html, s.Start, piece.Text);
            html.AppendHtml("</span>");
        }

        return html;
    }

    private static HtmlEncoder Encoder => HtmlEncoder.Default;

    // A sentence's text with each framing match wrapped in a focusable mark: colour, underline style and a tooltip
    // (category, term, own voice or quoted, speaker), so the highlight reads with or without colour.
    private void AppendWithMarks(HtmlContentBuilder html, int start, string text)
    {
        var at = 0;
        var end = start + text.Length;
        foreach (var m in Article!.Framing.Matches.Where(m => m.Option is null && m.Start >= start + at && m.End <= end))
        {
            if (!_categoryById.TryGetValue(m.Category, out var category) || m.Start - start < at)
            {
                continue;
            }

            html.Append(text[at..(m.Start - start)]);
            var voice = m.InQuote ? $"quoted{(m.Speaker is null ? "" : ", " + m.Speaker)}" : "own voice";
            var tip = Encoder.Encode($"{category.Name} · “{m.Term}” · {voice}{TermDetail(category, m.Term)}");
            html.AppendHtml($"<mark class=\"f g-{GroupClass(category.Group)}{(m.InQuote ? " q" : "")}\" tabindex=\"0\" data-cat=\"{Encoder.Encode(category.Id)}\" style=\"--c: {SafeColour(category.Colour)}\" title=\"{tip}\" aria-label=\"{tip}\">");
            html.Append(text[(m.Start - start)..(m.End - start)]);
            html.AppendHtml("</mark>");
            at = m.End - start;
        }

        html.Append(text[at..]);
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

        var rules = t.Unless.Select(u => lexicon.Lexicon.Rules.FirstOrDefault(r => r.Id == u)?.Description).OfType<string>().ToList();
        return $" · weight {t.Weight.ToString("0.00", CultureInfo.InvariantCulture)} · source: {t.Source ?? category.Source}" +
            (rules.Count == 0 ? "" : " · checked, and would not count: " + string.Join(" ", rules));
    }

    // Weights come from the active lexicon by (category, term); a match of a term no longer in it counts 1, as it did when stored.
    private static List<(SentenceDetail, double, IReadOnlyList<string>)> RankByLoadedScore(ArticleDetail article, FramingLexicon lexicon)
    {
        var weights = lexicon.Categories.Where(c => c.Group == FramingAnalyzer.LoadedGroup)
            .SelectMany(c => c.Terms.Select(t => (Key: (c.Id, t.Term.ToLowerInvariant()), t.Weight)))
            .GroupBy(x => x.Key).ToDictionary(g => g.Key, g => g.First().Weight);
        var loaded = lexicon.Categories.Where(c => c.Group == FramingAnalyzer.LoadedGroup).Select(c => c.Id).ToHashSet(StringComparer.Ordinal);
        var matches = article.Framing.Matches.Where(m => m.Option is null && loaded.Contains(m.Category)).OrderBy(m => m.Start).ToList();
        // One sweep over sentences and matches, both in text order, so a long article costs linear time.
        var ranked = new List<(SentenceDetail, double, IReadOnlyList<string>)>();
        var at = 0;
        foreach (var s in article.Sentences.OrderBy(s => s.Start))
        {
            while (at < matches.Count && matches[at].Start < s.Start)
            {
                at++;
            }

            var inside = new List<FramingMatchDetail>();
            for (var i = at; i < matches.Count && matches[i].Start < s.End; i++)
            {
                if (matches[i].End <= s.End)
                {
                    inside.Add(matches[i]);
                }
            }

            var score = Math.Round(inside.Sum(m => weights.GetValueOrDefault((m.Category, m.Term.ToLowerInvariant()), 1.0)), 2);
            if (score > 0)
            {
                ranked.Add((s, score, inside.Select(m => m.Text).ToList()));
            }
        }

        return ranked.OrderByDescending(x => x.Item2).ThenBy(x => x.Item1.Index).Take(5).ToList();
    }

    private static string GroupClass(string group) => group is "loaded" or "frame" or "neutral" ? group : "frame";

    /// <summary>Lexicon colours are teacher input: only #rgb / #rrggbb reach the style attribute.</summary>
    public static string SafeColour(string colour) =>
        System.Text.RegularExpressions.Regex.IsMatch(colour, "^#(?:[0-9a-fA-F]{3}){1,2}$") ? colour : "#999999";

    public string ClassOf(SentenceDetail s) => s.Compound >= 0.05 ? "pos" : s.Compound <= -0.05 ? "neg" : "neu";

    /// <summary>0.15 to 0.6: the shading's opacity grows with the size of the compound.</summary>
    public string Strength(SentenceDetail s) => (0.15 + 0.45 * Math.Abs(s.Compound)).ToString("0.00", CultureInfo.InvariantCulture);

    public string Explain(SentenceDetail s)
    {
        var words = s.Words.Count == 0 ? "no sentiment words"
            : string.Join(", ", s.Words.Select(w => $"{w.Word} {w.Valence.ToString("+0.00;−0.00", CultureInfo.InvariantCulture)}"));
        return $"compound {s.Compound.ToString("+0.000;−0.000;0.000", CultureInfo.InvariantCulture)} ({words})";
    }

    /// <summary>The link to another page of the article, keeping the highlighted sentences.</summary>
    public string PageLink(int number) =>
        $"/articles/{Article!.Id}?page={number}{(HighlightQuery is null ? "" : "&s=" + Uri.EscapeDataString(HighlightQuery))}";

    // The body from `from` to `to` as alternating gaps and sentences, so the page shows the text exactly as analysed.
    private static List<TextPiece> Split(string text, int from, int to, IReadOnlyList<SentenceDetail> sentences)
    {
        var pieces = new List<TextPiece>();
        var at = from;
        foreach (var s in sentences.Where(s => s.Start >= from && s.End <= to).OrderBy(s => s.Start))
        {
            if (s.Start > at)
            {
                pieces.Add(new TextPiece(text[at..s.Start], null));
            }

            pieces.Add(new TextPiece(text[s.Start..s.End], s));
            at = s.End;
        }

        if (at < to)
        {
            pieces.Add(new TextPiece(text[at..to], null));
        }

        return pieces;
    }

    public sealed record TextPiece(string Text, SentenceDetail? Sentence);
}
