using BiasDashboard.Analysis.Text;

namespace BiasDashboard.Analysis.Framing;

/// <summary>
/// Scores an article's framing. The loaded-language index is the weighted number of own-voice matches in the lexicon's
/// <c>loaded</c> categories per 1,000 own-voice words (each match counts its term's strength, 0 to 1): how much charged
/// wording the outlet uses when it speaks for itself. Quoted words are left out of it on purpose, since quoting a campaigner is not the
/// outlet's choice of word.
/// </summary>
public sealed class FramingAnalyzer(FramingMatcher matcher)
{
    /// <summary>The category group that counts toward the loaded-language index.</summary>
    public const string LoadedGroup = "loaded";

    /// <summary>A shared analyzer over the default lexicon.</summary>
    public static FramingAnalyzer Default { get; } = new(FramingMatcher.Default);

    /// <summary>The framing measures of <paramref name="text"/>, whose quotations are <paramref name="quotes"/>.</summary>
    public FramingAnalysis Analyze(string text, IReadOnlyList<QuoteSpan> quotes)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(quotes);
        var (matches, contested) = matcher.Match(text, quotes);
        var words = Tokenizer.Tokenize(text).Where(t => t.Kind != TokenKind.Punctuation).ToList();
        var quoteIndex = new QuoteIndex(quotes);
        var quoted = words.Count(w => quoteIndex.At(w.Start) is not null);
        var own = words.Count - quoted;
        static double Rate(int count, int total) => total == 0 ? 0 : Math.Round(1000.0 * count / total, 2);

        var lexicon = matcher.Lexicon;
        var categories = lexicon.Categories.Select(c =>
        {
            var ownCount = matches.Count(m => m.Category == c.Id && !m.InQuote);
            var quotedCount = matches.Count(m => m.Category == c.Id && m.InQuote);
            return new CategoryRate(c.Id, c.Group, ownCount, quotedCount, Rate(ownCount, own), Rate(quotedCount, quoted),
                Rate(ownCount + quotedCount, words.Count));
        }).ToList();
        var loaded = lexicon.Categories.Where(c => c.Group == LoadedGroup).Select(c => c.Id).ToHashSet(StringComparer.Ordinal);
        var weighted = matches.Where(m => !m.InQuote && loaded.Contains(m.Category)).Sum(m => m.Weight);
        var index = own == 0 ? 0 : Math.Round(1000.0 * weighted / own, 2);
        var uses = lexicon.Contested.SelectMany(set => set.Options.Select(o => new ContestedUse(set.Id, o.Label,
            contested.Count(m => m.Set == set.Id && m.Option == o.Label && !m.InQuote),
            contested.Count(m => m.Set == set.Id && m.Option == o.Label && m.InQuote)))).ToList();
        return new FramingAnalysis(lexicon.Id, lexicon.Version, words.Count, own, quoted, index, categories, uses, matches, contested);
    }
}
