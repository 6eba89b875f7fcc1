using System.Text.RegularExpressions;
using BiasDashboard.Analysis.Text;
using Markdig;

namespace BiasDashboard.Analysis.Ingest;

/// <summary>
/// Parses an article from its file name and content (callers do the I/O): <c>.txt</c> and <c>.md</c>, each with
/// optional YAML front matter, and <c>.html</c>/<c>.htm</c> pages (see <see cref="HtmlArticleExtractor"/>). Markdown, and a .txt that
/// carries front matter (the seeds' markdown exports),
/// is turned into plain text: link text kept, URLs, images and HTML-only lines dropped.
/// </summary>
public static partial class ArticleParser
{
    private const int MaxTitleLength = 200;

    /// <summary>File extensions this parser reads, lower case with the dot.</summary>
    public static IReadOnlySet<string> Extensions { get; } =
        new HashSet<string>(StringComparer.Ordinal) { ".txt", ".text", ".md", ".markdown", ".html", ".htm" };

    /// <summary>Whether <paramref name="fileName"/> has an extension this parser reads.</summary>
    public static bool IsSupported(string fileName) => Extensions.Contains(Path.GetExtension(fileName).ToLowerInvariant());

    /// <summary>Parses one article, refusing one over <paramref name="limits"/> (<see cref="IngestLimits.Default"/> when null) before the
    /// costly work.</summary>
    /// <exception cref="ArticleFormatException">Unknown extension, malformed front matter, or no text.</exception>
    /// <exception cref="InputLimitException">The article nests deeper or has more sentences than <paramref name="limits"/>
    /// allow.</exception>
    public static ArticleText Parse(string fileName, string content, IngestLimits? limits = null)
    {
        ArgumentNullException.ThrowIfNull(fileName);
        ArgumentNullException.ThrowIfNull(content);
        limits ??= IngestLimits.Default;
        var extension = Path.GetExtension(fileName).ToLowerInvariant();
        if (!Extensions.Contains(extension))
        {
            throw new ArticleFormatException(
                $"unknown format '{(extension.Length == 0 ? "(no extension)" : extension)}'; expected one of " +
                    $"{string.Join(", ", Extensions)}");
        }

        var text = content.ReplaceLineEndings("\n");
        if (extension is ".html" or ".htm")
        {
            var (html, found, parts) = HtmlArticleExtractor.ExtractPage(text, limits);
            return string.IsNullOrWhiteSpace(html)
                ? throw new ArticleFormatException("the page has no article text")
                : new ArticleText(CheckSentences(html, limits), found.Or(new ArticleMetadata(Title: TitleLine(html))), ArticleFormat.Html)
                {
                    Parts = parts,
                };
        }

        var split = FrontMatter.Split(text, limits);
        var format = extension is ".md" or ".markdown" || split is not null ? ArticleFormat.Markdown : ArticleFormat.PlainText;
        var raw = split?.Body ?? text;
        var body = format == ArticleFormat.Markdown ? MarkdownToText(raw, limits) : raw.Trim('\n', ' ', '\t', '\uFEFF');
        if (string.IsNullOrWhiteSpace(body))
        {
            throw new ArticleFormatException("the file has no article text");
        }

        // Some exports start with a "date 2023-11-16 …" line: a publication date, not a headline.
        var dateLine = DateLineRegex().Match(body);
        var fromText = dateLine.Success
            ? new ArticleMetadata(Published: FrontMatter.ParseDate(dateLine.Groups["date"].Value))
            : new ArticleMetadata(Title: TitleLine(body));
        var metadata = (split?.Metadata ?? ArticleMetadata.Empty).Or(fromText);
        return new ArticleText(CheckSentences(body, limits), metadata, format);
    }

    /// <summary>
    /// Refuses a body with more sentences than <paramref name="limits"/> allow (<see cref="IngestLimits.MaxSentences"/>),
    /// counted as the analysis will segment it; returns the body.
    /// </summary>
    /// <exception cref="InputLimitException">Too many sentences.</exception>
    public static string CheckSentences(string body, IngestLimits? limits = null)
    {
        ArgumentNullException.ThrowIfNull(body);
        var max = (limits ?? IngestLimits.Default).MaxSentences;
        if (body.Length <= max)
        {
            return body; // every sentence has at least one character
        }

        var count = SentenceSegmenter.Segment(body, QuoteFinder.Find(body)).Count;
        return count <= max ? body
            : throw new InputLimitException(nameof(IngestLimits.MaxSentences),
                $"the article has {count:N0} sentences; at most {max:N0} are analysed in one article (split a book-length text into " +
                    $"parts)");
    }

    /// <summary>Plain text of a markdown body: one paragraph per line, blank lines between paragraphs.</summary>
    /// <exception cref="InputLimitException">The markdown nests deeper than <paramref name="limits"/> allow.</exception>
    public static string MarkdownToText(string markdown, IngestLimits? limits = null)
    {
        ArgumentNullException.ThrowIfNull(markdown);
        var maxDepth = (limits ?? IngestLimits.Default).MaxMarkdownDepth;
        if (NestingScan.MarkdownDepth(markdown, maxDepth) > maxDepth)
        {
            throw DeepMarkdown(maxDepth);
        }

        var withoutImages = ImageRegex().Replace(markdown, "");
        string plain;
        try
        {
            plain = Markdown.ToPlainText(withoutImages);
        }
        catch (ArgumentException e) when (e.Message.Contains("nested", StringComparison.Ordinal))
        {
            // Markdig's own depth limit, for a shape the scan above does not measure: refused the same way.
            throw DeepMarkdown(maxDepth, e);
        }

        var paragraphs = plain.Split('\n')
            .Select(l => l.Trim())
            .Where(l => l.Length > 0 && !HtmlOnlyLineRegex().IsMatch(l));
        return string.Join("\n\n", paragraphs);
    }

    private static InputLimitException DeepMarkdown(int maxDepth, Exception? inner = null)
    {
        var message = $"the markdown nests quotes, lists, links or emphasis more than {maxDepth} deep; articles use a few levels";
        return inner is null ? new InputLimitException(nameof(IngestLimits.MaxMarkdownDepth), message)
            : new InputLimitException(nameof(IngestLimits.MaxMarkdownDepth), message, inner);
    }

    // The first line, when it reads like a headline: short and without a closing full stop.
    private static string? TitleLine(string body)
    {
        var first = body.AsSpan(0, body.IndexOf('\n', StringComparison.Ordinal) is var n and >= 0 ? n : body.Length).Trim();
        return first.Length is > 0 and <= MaxTitleLength && first[^1] is not ('.' or ',' or ';' or ':') ? first.ToString() : null;
    }

    [GeneratedRegex(@"\A\s*date\s+(?<date>\d{4}-\d{2}-\d{2})\b", RegexOptions.IgnoreCase | RegexOptions.NonBacktracking)]
    private static partial Regex DateLineRegex();

    [GeneratedRegex(@"!\[[^\]\n]*\]\([^)\n]*\)", RegexOptions.NonBacktracking)]
    private static partial Regex ImageRegex();

    // A line that is nothing but tags, such as <figure> or </figcaption>.
    [GeneratedRegex(@"^(?:</?[A-Za-z][^<>]*>\s*)+$", RegexOptions.NonBacktracking)]
    private static partial Regex HtmlOnlyLineRegex();
}
