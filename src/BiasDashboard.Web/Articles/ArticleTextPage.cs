using System.Globalization;

namespace BiasDashboard.Web.Articles;

/// <summary>
/// Which part of an article the page shows: <see cref="Size"/> sentences at a time, so a long article's page stays
/// small and quick, and the sentences to highlight (<c>?s=3,7</c>: the comparison page links every figure to the
/// sentences behind it). Without <c>?page=</c> the page is the one that holds the first highlighted sentence.
/// </summary>
public sealed record ArticleTextPage(int Number, IReadOnlySet<int> Highlighted, string? HighlightQuery)
{
    /// <summary>Sentences shown per page.</summary>
    public const int Size = 400;

    // Enough for any figure's sentences; a longer list is somebody's hand-made URL.
    private const int MaxHighlights = 500;

    /// <summary>The page asked for by <c>?s=</c> (comma-separated sentence indices; anything else is ignored) and <c>?page=</c>.</summary>
    public static ArticleTextPage From(string? highlight, int? page)
    {
        var highlighted = (highlight ?? "").Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .Select(x => int.TryParse(x, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : -1)
            .Where(n => n >= 0).Take(MaxHighlights).ToHashSet();
        var number = Math.Max(0, page ?? (highlighted.Count > 0 ? highlighted.Min() / Size : 0));
        return new ArticleTextPage(number, highlighted, highlighted.Count > 0 ? highlight : null);
    }

    /// <summary>
    /// The sentences to load: the page's, and one more, because where the next page's first sentence starts is where
    /// this page's text ends.
    /// </summary>
    public Range Sentences => (Number * Size)..((Number + 1) * Size + 1);

    public static int CountFor(int sentenceCount) => Math.Max(1, (sentenceCount + Size - 1) / Size);

    /// <summary>
    /// The slice of the body this page shows, given the sentences loaded for it: from the body's start on the first
    /// page (a headline or gap before the first sentence belongs to it), else from the page's first sentence; to the
    /// next page's first sentence, or the body's end on the last page. Together the pages show the whole body once.
    /// </summary>
    public (int From, int To) Bounds(ArticleDetail article)
    {
        var sentences = article.Sentences;
        var from = Number == 0 || sentences.Count == 0 ? 0 : sentences[0].Start;
        var to = sentences.Count > Size ? sentences[Size].Start : article.Text.Length;
        return (from, to);
    }

    /// <summary>The link to another page of the article, keeping the highlighted sentences.</summary>
    public string Link(int articleId, int number) =>
        $"/articles/{articleId}?page={number}{(HighlightQuery is null ? "" : "&s=" + Uri.EscapeDataString(HighlightQuery))}";
}
