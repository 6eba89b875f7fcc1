using System.Globalization;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;
using YamlDotNet.RepresentationModel;

namespace BiasDashboard.Analysis.Ingest;

/// <summary>
/// YAML front matter: a first line of <c>---</c>, YAML, and a closing <c>---</c> (or <c>...</c>) line.
/// Recognised keys (any case): title; outlet, publication, publisher, source or site; author or byline;
/// date, published, publicationDate or pubDate; url, link or canonical.
/// </summary>
public static class FrontMatter
{
    private static readonly string[] TitleKeys = ["title", "headline"];
    private static readonly string[] OutletKeys = ["outlet", "publication", "publisher", "source", "site"];
    private static readonly string[] AuthorKeys = ["author", "byline", "by"];
    private static readonly string[] DateKeys = ["date", "published", "publicationdate", "pubdate", "published_at"];
    private static readonly string[] UrlKeys = ["url", "link", "canonical"];

    /// <summary>
    /// Splits <paramref name="text"/> (line ends already '\n') into its front matter's metadata and the body after it.
    /// Returns null when the text has no front matter.
    /// </summary>
    /// <exception cref="ArticleFormatException">The front matter is not closed, not YAML, or not a mapping.</exception>
    /// <exception cref="InputLimitException">The front matter is larger or nested deeper than <paramref name="limits"/> allow.</exception>
    public static (ArticleMetadata Metadata, string Body)? Split(string text, IngestLimits? limits = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        limits ??= IngestLimits.Default;
        if (!text.StartsWith("---\n", StringComparison.Ordinal) && text.TrimEnd() != "---")
        {
            return null;
        }

        var close = FindClosingLine(text);
        if (close is not { } end)
        {
            throw new ArticleFormatException("the front matter starts with '---' but has no closing '---' line");
        }

        var yaml = end.Start > 4 ? text[4..end.Start] : "";
        if (yaml.Length > limits.MaxFrontMatterChars)
        {
            throw new InputLimitException(nameof(IngestLimits.MaxFrontMatterChars),
                $"the front matter is {yaml.Length:N0} characters; at most {limits.MaxFrontMatterChars:N0} are read (title, outlet, " +
                    $"author, date and url need a few hundred)");
        }

        return (Parse(yaml, limits), text[end.After..]);
    }

    private static (int Start, int After)? FindClosingLine(string text)
    {
        var lineStart = text.IndexOf('\n', StringComparison.Ordinal) + 1;
        while (lineStart > 0 && lineStart <= text.Length)
        {
            var newline = text.IndexOf('\n', lineStart);
            var lineEnd = newline < 0 ? text.Length : newline;
            var line = text.AsSpan(lineStart, lineEnd - lineStart).TrimEnd();
            if (line is "---" or "...")
            {
                return (lineStart, newline < 0 ? text.Length : newline + 1);
            }

            lineStart = newline + 1;
        }

        return null;
    }

    private static ArticleMetadata Parse(string yaml, IngestLimits limits)
    {
        var stream = new YamlStream();
        try
        {
            // YamlStream.Load builds nodes recursively: 35,000 nested '[' would overflow the stack and end the process. The
            // parser's events are read iteratively first, stopping as soon as the nesting passes the limit.
            CheckDepth(yaml, limits.MaxFrontMatterDepth);
            stream.Load(new StringReader(yaml));
        }
        catch (YamlException e)
        {
            throw new ArticleFormatException(
                $"the front matter is not valid YAML (line {e.Start.Line + 1} of the file, column {e.Start.Column}): " +
                    $"{e.InnerException?.Message ?? e.Message}", e);
        }

        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is YamlScalarNode { Value: null or "" })
        {
            return ArticleMetadata.Empty;
        }

        if (stream.Documents[0].RootNode is not YamlMappingNode map)
        {
            throw new ArticleFormatException("the front matter must be 'key: value' lines");
        }

        var values = map.Children
            .Where(kv => kv.Key is YamlScalarNode { Value: not null } && kv.Value is YamlScalarNode { Value: { Length: > 0 } })
            .GroupBy(kv => ((YamlScalarNode)kv.Key).Value!.ToLowerInvariant())
            .ToDictionary(g => g.Key, g => ((YamlScalarNode)g.First().Value).Value!.Trim(), StringComparer.Ordinal);

        string? First(string[] keys) => keys.Select(k => values.GetValueOrDefault(k)).FirstOrDefault(v => v is not null);
        return new ArticleMetadata(First(TitleKeys), First(OutletKeys), First(AuthorKeys), ParseDate(First(DateKeys)), First(UrlKeys));
    }

    private static void CheckDepth(string yaml, int maxDepth)
    {
        var parser = new Parser(new StringReader(yaml));
        var depth = 0;
        while (parser.MoveNext())
        {
            if (parser.Current is MappingStart or SequenceStart && ++depth > maxDepth)
            {
                throw new InputLimitException(nameof(IngestLimits.MaxFrontMatterDepth),
                    $"the front matter nests lists or mappings more than {maxDepth} deep; front matter is 'key: value' lines");
            }

            if (parser.Current is MappingEnd or SequenceEnd)
            {
                depth--;
            }
        }
    }

    /// <summary>Reads an ISO date or date-time ("2024-06-27", "2024-06-27T10:00:00Z"); null when unreadable.</summary>
    public static DateOnly? ParseDate(string? value) =>
        value is null ? null
        : DateOnly.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date
        : DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var dateTime)
            ? DateOnly.FromDateTime(dateTime.UtcDateTime)
            : null;
}
