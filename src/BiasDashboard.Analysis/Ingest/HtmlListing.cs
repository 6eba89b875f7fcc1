using System.Text;
using AngleSharp.Css.Parser;
using AngleSharp.Dom;
using BiasDashboard.Analysis.Text;

namespace BiasDashboard.Analysis.Ingest;

/// <summary>
/// Reads a page that marks up several articles: two or more top-level &lt;article&gt; elements (not inside another
/// article, nor inside navigation, asides, headers or footers, where related-story teasers live), each with its own
/// headline. The body holds every article's text in page order; each part starts at its headline, with the date of
/// its &lt;time&gt; and its rel/itemprop author. An &lt;article&gt; without a headline belongs to the part before it.
/// </summary>
internal static class HtmlListing
{
    private const string Headline = "h1, h2, h3, h4, h5, h6, [itemprop=headline]";
    private const int MaxHeadlineLength = 300;

    private static readonly AngleSharp.Css.Dom.ISelector Dropped = new CssSelectorParser().ParseSelector(HtmlArticleExtractor.Dropped)
        ?? throw new InvalidOperationException("unreadable selector");

    /// <summary>The page's articles, or null when it holds fewer than two with a headline.</summary>
    public static (string Body, IReadOnlyList<ArticlePart> Parts)? Read(IDocument document)
    {
        var articles = TopLevelArticles(document).Select(a => (Element: a, Head: HeadOf(a))).ToList();
        if (articles.Count(a => a.Head is not null) < 2)
        {
            return null;
        }

        var body = new StringBuilder();
        var parts = new List<ArticlePart>();
        (int Start, string Title, string? Author, DateOnly? Date)? open = null;
        foreach (var (element, head) in articles)
        {
            var paragraphs = HtmlArticleExtractor.Paragraphs(element); // after the headline, date and author were read: it drops <header>s
            if (head is { } h && !paragraphs.Contains(h.Title, StringComparer.Ordinal))
            {
                paragraphs.Insert(0, h.Title);
            }

            if (paragraphs.Count == 0)
            {
                continue;
            }

            var start = body.Length == 0 ? 0 : body.Length + 2;
            if (head is { } next)
            {
                if (open is { } done)
                {
                    parts.Add(new ArticlePart(done.Title, done.Author, done.Date, new TextRange(done.Start, body.Length - done.Start)));
                }

                // Text before the first headline (a headline-less <article>) opens the first part rather than being lost.
                open = (open is null ? 0 : start, next.Title, next.Author, next.Date);
            }

            if (body.Length > 0)
            {
                body.Append("\n\n");
            }

            body.AppendJoin("\n\n", paragraphs);
        }

        if (open is { } last)
        {
            parts.Add(new ArticlePart(last.Title, last.Author, last.Date, new TextRange(last.Start, body.Length - last.Start)));
        }

        return (body.ToString(), parts);
    }

    // One walk over the tree (no per-article ancestor search), skipping what is not the page's content.
    private static List<IElement> TopLevelArticles(IDocument document)
    {
        var found = new List<IElement>();
        var stack = new Stack<IElement>();
        if (document.Body is { } root)
        {
            stack.Push(root);
        }

        while (stack.TryPop(out var element))
        {
            if (Dropped.Match(element, null))
            {
                continue;
            }

            if (element.LocalName == "article")
            {
                found.Add(element);
                continue;
            }

            for (var child = element.LastElementChild; child is not null; child = child.PreviousElementSibling)
            {
                stack.Push(child); // last first, so they come off in page order
            }
        }

        return found;
    }

    private static (string Title, string? Author, DateOnly? Date)? HeadOf(IElement article)
    {
        var title = article.QuerySelector(Headline) is { } h ? HtmlArticleExtractor.Collapse(h.TextContent) : "";
        if (title.Length is 0 or > MaxHeadlineLength)
        {
            return null;
        }

        var author = article.QuerySelector("[rel=author], [itemprop=author]") is { } a ? HtmlArticleExtractor.Collapse(a.TextContent) : "";
        var time = article.QuerySelector("time");
        var date = FrontMatter.ParseDate(time?.GetAttribute("datetime"))
                   ?? (time is null ? null : ArticleSplitter.ParseDate(HtmlArticleExtractor.Collapse(time.TextContent)));
        return (title, author.Length == 0 ? null : author, date);
    }
}
