using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace BiasDashboard.Analysis.Ingest;

/// <summary>
/// Extracts an article from an HTML page with AngleSharp: the text of its &lt;article&gt; (else &lt;main&gt;,
/// else &lt;body&gt;) one block per paragraph, with scripts, styles, navigation, headers, footers, asides and
/// forms dropped; and metadata from Open Graph, article:* and citation meta tags, &lt;time&gt; and the canonical link.
/// A page holding several &lt;article&gt; elements, each with its own headline (a listing, a front page), keeps them all,
/// one after another, and says where each one is (see <see cref="HtmlListing"/>).
/// Nothing of the page is ever rendered: the result is plain text.
/// </summary>
public static class HtmlArticleExtractor
{
    internal const string Dropped = "script, style, noscript, template, nav, header, footer, aside, form, iframe, svg, button, select, " +
        "object, embed, [hidden], [aria-hidden=true]";
    private const string Blocks = "p, h1, h2, h3, h4, h5, h6, li, blockquote, figcaption, pre, td, dt, dd";

    /// <summary>Extracts the article text and metadata from <paramref name="html"/>, refusing a page nested deeper than <paramref
    /// name="limits"/> allow.</summary>
    /// <exception cref="InputLimitException">The page nests elements deeper than <see cref="IngestLimits.MaxHtmlDepth"/>.</exception>
    public static (string Body, ArticleMetadata Metadata) Extract(string html, IngestLimits? limits = null)
    {
        var (body, metadata, _) = ExtractPage(html, limits);
        return (body, metadata);
    }

    /// <summary>
    /// Like <see cref="Extract"/>, and also the articles the page marks up separately: two or more top-level
    /// &lt;article&gt; elements with a headline each, in page order, with <c>Range</c>s into the body (which then holds
    /// them all). Null when the page is one article; the caller's <see cref="ArticleSplitter"/> reads its text instead.
    /// </summary>
    /// <exception cref="InputLimitException">The page nests elements deeper than <see cref="IngestLimits.MaxHtmlDepth"/>.</exception>
    public static (string Body, ArticleMetadata Metadata, IReadOnlyList<ArticlePart>? Parts) ExtractPage(string html,
        IngestLimits? limits = null)
    {
        ArgumentNullException.ThrowIfNull(html);
        // The tree builder's cost grows with depth (100,000 nested <div>s took 72 s): measured by a linear scan first.
        var maxDepth = (limits ?? IngestLimits.Default).MaxHtmlDepth;
        if (NestingScan.HtmlDepth(html, maxDepth) > maxDepth)
        {
            throw new InputLimitException(nameof(IngestLimits.MaxHtmlDepth),
                $"the page nests elements more than {maxDepth} deep; news pages nest a few dozen (save the article's own page, or paste " +
                    $"its text)");
        }

        var document = new HtmlParser().ParseDocument(html);
        var metadata = ReadMetadata(document);
        if (HtmlListing.Read(document) is { } listing)
        {
            return (listing.Body, metadata, listing.Parts);
        }

        var root = document.QuerySelector("article") ?? document.QuerySelector("main") ?? document.Body;
        return root is null ? ("", metadata, null) : (string.Join("\n\n", Paragraphs(root)), metadata, null);
    }

    // The text of `root` one block per paragraph, after dropping what is not the article (this edits the document).
    internal static List<string> Paragraphs(IElement root)
    {
        foreach (var element in root.QuerySelectorAll(Dropped).ToList())
        {
            element.Remove();
        }

        var paragraphs = root.QuerySelectorAll(Blocks)
            .Where(e => e.QuerySelector(Blocks) is null) // innermost blocks only, so nothing is read twice
            .Select(e => Collapse(e.TextContent))
            .Where(t => t.Length > 0)
            .ToList();
        if (paragraphs.Count == 0 && Collapse(root.TextContent) is { Length: > 0 } all)
        {
            paragraphs.Add(all);
        }

        return paragraphs;
    }

    private static ArticleMetadata ReadMetadata(IDocument document)
    {
        string? Meta(params string[] names) => names
            .Select(n => document.QuerySelector($"meta[property='{n}'], meta[name='{n}']")?.GetAttribute("content")?.Trim())
            .FirstOrDefault(v => !string.IsNullOrEmpty(v));

        var title = Meta("og:title", "twitter:title", "citation_title")
                    ?? NonEmpty(document.QuerySelector("h1")?.TextContent) ?? NonEmpty(document.Title);
        var date = Meta("article:published_time", "citation_publication_date", "date", "pubdate")
                   ?? document.QuerySelector("time[datetime]")?.GetAttribute("datetime");
        var url = document.QuerySelector("link[rel=canonical]")?.GetAttribute("href") ?? Meta("og:url");
        return new ArticleMetadata(
            title is null ? null : Collapse(title),
            Meta("og:site_name", "application-name"),
            Meta("author", "article:author", "citation_author"),
            FrontMatter.ParseDate(date),
            url);
    }

    private static string? NonEmpty(string? text) => string.IsNullOrWhiteSpace(text) ? null : text;

    internal static string Collapse(string text)
    {
        var builder = new StringBuilder(text.Length);
        var space = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                space = builder.Length > 0;
                continue;
            }

            if (space)
            {
                builder.Append(' ');
                space = false;
            }

            builder.Append(c);
        }

        return builder.ToString();
    }
}
