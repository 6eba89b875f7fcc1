using System.Text.RegularExpressions;
using Markdig;

namespace BiasDashboard.Analysis.Ingest;

/// <summary>
/// Parses an article from its file name and content (callers do the I/O): <c>.txt</c> and <c>.md</c>, each with
/// optional YAML front matter, and <c>.html</c>/<c>.htm</c> pages (see <see cref="HtmlArticleExtractor"/>). Markdown, and a .txt that carries front matter (the seeds' markdown exports),
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

    /// <summary>Parses one article.</summary>
    /// <exception cref="ArticleFormatException">Unknown extension, malformed front matter, or no text.</exception>
    public static ArticleText Parse(string fileName, string content)
    {
        ArgumentNullException.ThrowIfNull(fileName);
        ArgumentNullException.ThrowIfNull(content);
        var extension = Path.GetExtension(fileName).ToLowerInvariant();
        if (!Extensions.Contains(extension))
        {
            throw new ArticleFormatException(
                $"unknown format '{(extension.Length == 0 ? "(no extension)" : extension)}'; expected one of {string.Join(", ", Extensions)}");
        }

        var text = content.ReplaceLineEndings("\n");
        if (extension is ".html" or ".htm")
        {
            var (html, found) = HtmlArticleExtractor.Extract(text);
            return string.IsNullOrWhiteSpace(html)
                ? throw new ArticleFormatException("the page has no article text")
                : new ArticleText(html, found.Or(new ArticleMetadata(Title: TitleLine(html))), ArticleFormat.Html);
        }

        var split = FrontMatter.Split(text);
        var format = extension is ".md" or ".markdown" || split is not null ? ArticleFormat.Markdown : ArticleFormat.PlainText;
        var raw = split?.Body ?? text;
        var body = format == ArticleFormat.Markdown ? MarkdownToText(raw) : raw.Trim('\n', ' ', '\t', '\uFEFF');
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
        return new ArticleText(body, metadata, format);
    }

    /// <summary>Plain text of a markdown body: one paragraph per line, blank lines between paragraphs.</summary>
    public static string MarkdownToText(string markdown)
    {
        var withoutImages = ImageRegex().Replace(markdown, "");
        var plain = Markdown.ToPlainText(withoutImages);
        var paragraphs = plain.Split('\n')
            .Select(l => l.Trim())
            .Where(l => l.Length > 0 && !HtmlOnlyLineRegex().IsMatch(l));
        return string.Join("\n\n", paragraphs);
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
