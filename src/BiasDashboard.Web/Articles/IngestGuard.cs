namespace BiasDashboard.Web.Articles;

/// <summary>
/// Cheap linear scans run before a file reaches the parsers, for the inputs that cost them far more than their size:
/// YAML front matter nested deeply (YamlDotNet recurses per level, and 35,000 levels overflowed the stack and killed
/// the process) and HTML nested deeply (AngleSharp took 72 s over 100,000 nested &lt;div&gt;s). Each refusal names
/// its setting (configuration section <c>Ingest</c>).
/// </summary>
// TODO(#10): when the library's IngestLimits lands (i10-lib), its parser enforces these and this guard goes.
public sealed class IngestGuard
{
    public const string SectionName = "Ingest";

    /// <summary>Largest front matter, in bytes (default 64 KB).</summary>
    public int MaxFrontMatterBytes { get; set; } = 64 * 1024;

    /// <summary>Deepest nesting of brackets, braces and indentation levels in the front matter (default 64).</summary>
    public int MaxFrontMatterDepth { get; set; } = 64;

    /// <summary>Deepest nesting of HTML elements (default 512).</summary>
    public int MaxHtmlDepth { get; set; } = 512;

    /// <summary>Most sentences in one article (default 20,000; an ordinary 2 MB news article has about 17,000).</summary>
    public int MaxSentences { get; set; } = 20_000;

    /// <summary>Null when <paramref name="text"/> (the decoded file) is within the limits, else the refusal.</summary>
    public string? Check(string fileName, string text)
    {
        var extension = Path.GetExtension(fileName).ToLowerInvariant();
        return extension is ".html" or ".htm" ? CheckHtml(text) : CheckFrontMatter(text);
    }

    private string? CheckFrontMatter(string text)
    {
        if (!text.StartsWith("---", StringComparison.Ordinal))
        {
            return null;
        }

        var end = text.IndexOf("\n---", 3, StringComparison.Ordinal) is var close and >= 0 ? close : text.Length;
        if (end > MaxFrontMatterBytes)
        {
            return $"the front matter is {end / 1024} KB; the limit is {MaxFrontMatterBytes / 1024} KB (setting Ingest:MaxFrontMatterBytes)";
        }

        var depth = 0;
        var deepest = 0;
        var lineStart = true;
        var indent = 0;
        foreach (var c in text.AsSpan(0, end))
        {
            depth += c switch { '[' or '{' => 1, ']' or '}' => -1, _ => 0 };
            if (lineStart && c is ' ' or '-')
            {
                indent++;
            }
            else
            {
                lineStart = c == '\n';
                indent = lineStart ? 0 : indent;
            }

            deepest = Math.Max(deepest, Math.Max(depth, indent / 2));
        }

        return deepest > MaxFrontMatterDepth
            ? $"the front matter is nested {deepest} levels deep; the limit is {MaxFrontMatterDepth} (setting Ingest:MaxFrontMatterDepth)"
            : null;
    }

    // Counts open minus closed tags, leaving out void elements and those whose end tag may be omitted, so the estimate
    // never exceeds the real depth of a well-formed page by much and a hostile one is caught.
    private string? CheckHtml(string html)
    {
        var depth = 0;
        var deepest = 0;
        for (var i = html.IndexOf('<', StringComparison.Ordinal); i >= 0 && i < html.Length - 1; i = html.IndexOf('<', i + 1))
        {
            var closing = html[i + 1] == '/';
            var nameStart = closing ? i + 2 : i + 1;
            var nameEnd = nameStart;
            while (nameEnd < html.Length && char.IsAsciiLetterOrDigit(html[nameEnd]))
            {
                nameEnd++;
            }

            if (nameEnd == nameStart || !char.IsAsciiLetter(html[nameStart]) || Unnested(html.AsSpan(nameStart, nameEnd - nameStart)))
            {
                continue;
            }

            depth = Math.Max(0, depth + (closing ? -1 : 1));
            deepest = Math.Max(deepest, depth);
        }

        return deepest > MaxHtmlDepth
            ? $"the page's HTML is nested {deepest} elements deep; the limit is {MaxHtmlDepth} (setting Ingest:MaxHtmlDepth)"
            : null;
    }

    private static bool Unnested(ReadOnlySpan<char> name) =>
        name.Equals("br", StringComparison.OrdinalIgnoreCase) || name.Equals("img", StringComparison.OrdinalIgnoreCase)
        || name.Equals("meta", StringComparison.OrdinalIgnoreCase) || name.Equals("link", StringComparison.OrdinalIgnoreCase)
        || name.Equals("hr", StringComparison.OrdinalIgnoreCase) || name.Equals("input", StringComparison.OrdinalIgnoreCase)
        || name.Equals("p", StringComparison.OrdinalIgnoreCase) || name.Equals("li", StringComparison.OrdinalIgnoreCase)
        || name.Equals("td", StringComparison.OrdinalIgnoreCase) || name.Equals("tr", StringComparison.OrdinalIgnoreCase)
        || name.Equals("th", StringComparison.OrdinalIgnoreCase) || name.Equals("option", StringComparison.OrdinalIgnoreCase)
        || name.Equals("dt", StringComparison.OrdinalIgnoreCase) || name.Equals("dd", StringComparison.OrdinalIgnoreCase)
        || name.Equals("source", StringComparison.OrdinalIgnoreCase) || name.Equals("wbr", StringComparison.OrdinalIgnoreCase)
        || name.Equals("col", StringComparison.OrdinalIgnoreCase) || name.Equals("area", StringComparison.OrdinalIgnoreCase);
}
