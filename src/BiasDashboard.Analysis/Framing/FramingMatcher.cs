using BiasDashboard.Analysis.Text;

namespace BiasDashboard.Analysis.Framing;

/// <summary>
/// Finds a lexicon's terms in text: case-insensitive, on word boundaries, across hyphen/space variants, with
/// simple inflections, longest match first. Category terms and contested terms are scanned separately, so
/// "terror" can count both as a delegitimising label and as the "terrorism" side of a contested set.
/// Built once per lexicon; safe to share between threads.
/// </summary>
public sealed class FramingMatcher
{
    private readonly TermTrie<Entry> _categories = new();
    private readonly TermTrie<Entry> _contested = new();

    /// <summary>Compiles <paramref name="lexicon"/>'s terms and their inflections.</summary>
    public FramingMatcher(FramingLexicon lexicon)
    {
        Lexicon = lexicon ?? throw new ArgumentNullException(nameof(lexicon));
        foreach (var category in lexicon.Categories)
        {
            foreach (var term in category.Terms)
            {
                AddForms(_categories, term, new Entry(term.Term, category.Id, null));
            }
        }

        foreach (var set in lexicon.Contested)
        {
            foreach (var option in set.Options)
            {
                foreach (var term in option.Terms)
                {
                    AddForms(_contested, term, new Entry(term.Term, set.Id, option.Label));
                }
            }
        }
    }

    /// <summary>A matcher over <see cref="FramingLexicon.Default"/>.</summary>
    public static FramingMatcher Default { get; } = new(FramingLexicon.Default);

    /// <summary>The lexicon this matcher was built from.</summary>
    public FramingLexicon Lexicon { get; }

    /// <summary>Every category match and contested-term use in <paramref name="text"/>, with quotation and speaker.</summary>
    public (IReadOnlyList<FramingMatch> Matches, IReadOnlyList<ContestedMatch> Contested) Match(string text, IReadOnlyList<QuoteSpan> quotes)
    {
        ArgumentNullException.ThrowIfNull(text);
        var parts = WordPart.Of(text);
        var speakers = SpeakerFinder.FindAll(text, quotes);
        var index = new QuoteIndex(quotes);
        (bool InQuote, string? Speaker) Voice(int start) => index.At(start) is { } quote ? (true, speakers[quote]) : (false, null);

        var matches = _categories.Scan(parts).Select(m =>
        {
            var (start, end) = (parts[m.First].Start, parts[m.Last].End);
            var (inQuote, speaker) = Voice(start);
            return new FramingMatch(start, end, text[start..end], m.Value.Term, m.Value.Group, inQuote, speaker);
        }).ToList();
        var contested = _contested.Scan(parts).Select(m =>
        {
            var (start, end) = (parts[m.First].Start, parts[m.Last].End);
            var (inQuote, speaker) = Voice(start);
            return new ContestedMatch(start, end, text[start..end], m.Value.Group, m.Value.Option!, inQuote, speaker);
        }).ToList();
        return (matches, contested);
    }

    private static void AddForms(TermTrie<Entry> trie, FramingTerm term, Entry entry)
    {
        foreach (var phrase in term.Variants.Prepend(term.Term))
        {
            var keys = WordPart.Of(phrase).Select(p => p.Key).ToList();
            if (keys.Count == 0)
            {
                continue;
            }

            var lasts = term.Inflect ? Inflections.Of(keys[^1]) : [keys[^1]];
            foreach (var last in lasts)
            {
                trie.Add([.. keys.Take(keys.Count - 1), last], entry);
            }
        }
    }

    private sealed record Entry(string Term, string Group, string? Option);
}
