using BiasDashboard.Analysis.Framing;
using BiasDashboard.Web.Articles;
using BiasDashboard.Web.Lexicon;
using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace BiasDashboard.Web.Pages.Articles;

/// <summary>One article: its full text with every sentence shaded by its compound, and the scores.</summary>
public sealed class DetailsModel(ArticleQueries articles, ActiveLexicon lexicon) : PageModel
{
    public ArticleDetail? Article { get; private set; }

    /// <summary>The page of the text shown and the sentences highlighted on it.</summary>
    public ArticleTextPage TextPage { get; private set; } = ArticleTextPage.From(null, null);

    /// <summary>One page of the body, as HTML (see <see cref="ArticleTextRenderer"/>).</summary>
    public IHtmlContent Text { get; private set; } = HtmlString.Empty;

    /// <summary>What the "why this score" panel needs: the sentence compounds and the outlet's pooled figures per event.</summary>
    public object Panel { get; private set; } = new { };

    public string? SafeUrl => SafeLinks.Http(Article?.Url);

    /// <summary>The lexicon's categories that occur in this article, for the legend.</summary>
    public IReadOnlyList<FramingCategory> Categories { get; private set; } = [];

    /// <summary>The sentences with the highest loaded score (summed weights of their loaded-language matches), highest first.</summary>
    public IReadOnlyList<LoadedSentence> MostLoaded { get; private set; } = [];

    public int PageCount => ArticleTextPage.CountFor(Article!.SentenceCount);

    public async Task<IActionResult> OnGetAsync(
        int id, [FromQuery(Name = "s")] string? highlight, [FromQuery] int? page, CancellationToken ct)
    {
        TextPage = ArticleTextPage.From(highlight, page);
        Article = await articles.GetAsync(id, ct, TextPage.Sentences);
        if (Article is null)
        {
            return NotFound();
        }

        if (Article.Sentences.Count == 0 && TextPage.Number > 0)
        {
            return RedirectToPage(new { id, page = PageCount - 1 });
        }

        var active = lexicon.Lexicon;
        Text = new ArticleTextRenderer(active).Render(Article, TextPage);
        var used = Article.Framing.Matches.Where(m => m.Option is null).Select(m => m.Category).ToHashSet(StringComparer.Ordinal);
        Categories = active.Categories.Where(c => used.Contains(c.Id)).ToList();
        MostLoaded = LoadedSentence.MostLoaded(Article, active);
        Panel = new
        {
            sentences = Article.Sentences.Select(x => new { x.Index, x.Compound }),
            outlets = await articles.OutletContextAsync(id, ct),
        };
        return Page();
    }
}
