using System.Globalization;
using System.Text.RegularExpressions;
using BiasDashboard.Analysis.Text;

namespace BiasDashboard.Analysis.Ingest;

/// <summary>
/// Detects listing pages that hold several articles, each a headline line followed by a dateline such as
/// "Posted on: February 21st, 2024 by TTE" (the Socialist Worker seed) or "Published: 20 February 2024".
/// With fewer than two such datelines the page is one article and nothing is returned. Offered to the uploader
/// before analysis, so unrelated pieces don't pollute an event.
/// </summary>
public static partial class ArticleSplitter
{
    private static readonly string[] DateFormats = ["MMMM d, yyyy", "MMMM d yyyy", "d MMMM yyyy", "d MMMM, yyyy", "yyyy-MM-dd"];

    /// <summary>
    /// The articles in <paramref name="article"/>, in order: those its markup separates (<see cref="ArticleText.Parts"/>,
    /// an HTML page's &lt;article&gt;s), else those its text does (see <see cref="FindParts(string, IngestLimits?)"/>);
    /// empty when it is a single article.
    /// </summary>
    /// <exception cref="InputLimitException">The page holds more articles than <see cref="IngestLimits.MaxListingParts"/>.</exception>
    public static IReadOnlyList<ArticlePart> FindParts(ArticleText article, IngestLimits? limits = null)
    {
        ArgumentNullException.ThrowIfNull(article);
        if (article.Parts is not { } marked)
        {
            return FindParts(article.Body, limits);
        }

        var maxParts = (limits ?? IngestLimits.Default).MaxListingParts;
        return marked.Count > maxParts ? throw TooManyParts(maxParts) : marked.Count >= 2 ? marked : [];
    }

    /// <summary>The articles in <paramref name="body"/>, in order; empty when it reads as a single article.</summary>
    /// <exception cref="InputLimitException">The page holds more articles than <see cref="IngestLimits.MaxListingParts"/>.</exception>
    public static IReadOnlyList<ArticlePart> FindParts(string body, IngestLimits? limits = null)
    {
        ArgumentNullException.ThrowIfNull(body);
        var maxParts = (limits ?? IngestLimits.Default).MaxListingParts;
        var heads = new List<(int Start, string Title, string? Author, DateOnly? Date)>();
        foreach (Match dateline in DatelineRegex().Matches(body))
        {
            if (PreviousLine(body, dateline.Index) is not { } headline)
            {
                continue;
            }

            if (heads.Count == maxParts)
            {
                throw TooManyParts(maxParts);
            }

            var author = dateline.Groups["author"].Success ? dateline.Groups["author"].Value.Trim() : null;
            heads.Add((headline.Start, body.Substring(headline.Start, headline.Length).Trim(), author,
                ParseDate(dateline.Groups["date"].Value)));
        }

        if (heads.Count < 2)
        {
            return [];
        }

        var parts = new List<ArticlePart>();
        for (var i = 0; i < heads.Count; i++)
        {
            var end = i + 1 < heads.Count ? heads[i + 1].Start : body.Length;
            var text = body.AsSpan(heads[i].Start, end - heads[i].Start).TrimEnd();
            parts.Add(new ArticlePart(heads[i].Title, heads[i].Author, heads[i].Date, new TextRange(heads[i].Start, text.Length)));
        }

        return parts;
    }

    private static InputLimitException TooManyParts(int maxParts) => new(nameof(IngestLimits.MaxListingParts),
        $"the page holds more than {maxParts} articles; upload at most {maxParts} at a time (or as one article, without splitting)");

    /// <summary>Reads "February 21st, 2024", "20 February 2024" or an ISO date; null when unreadable.</summary>
    public static DateOnly? ParseDate(string text)
    {
        var plain = OrdinalSuffixRegex().Replace(text.Trim(), "$1");
        return DateOnly.TryParseExact(plain, DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces, out var date)
            ? date : null;
    }

    // The last non-blank line before `offset`: the headline above a dateline.
    private static TextRange? PreviousLine(string body, int offset)
    {
        var end = offset;
        while (end > 0 && char.IsWhiteSpace(body[end - 1]))
        {
            end--;
        }

        if (end == 0)
        {
            return null;
        }

        var start = body.LastIndexOf('\n', end - 1) + 1;
        return end - start is > 0 and <= 300 ? new TextRange(start, end - start) : null;
    }

    [GeneratedRegex(@"^[ \t]*(?:Posted on|Published(?: on)?):?[ \t]+(?<date>[^\n]+?)(?:[ \t]+by[ \t]+(?<author>[^\n]+?))?[ \t]*$",
        RegexOptions.Multiline | RegexOptions.IgnoreCase | RegexOptions.NonBacktracking)]
    private static partial Regex DatelineRegex();

    [GeneratedRegex(@"\b(\d{1,2})(?:st|nd|rd|th)\b", RegexOptions.NonBacktracking)]
    private static partial Regex OrdinalSuffixRegex();
}
