using BiasDashboard.Analysis.Text;

namespace BiasDashboard.Analysis.Framing;

/// <summary>
/// Finds a lexicon's terms in text: case-insensitive, on word boundaries, across hyphen/space variants, with
/// simple inflections, longest match first. Category terms and contested terms are scanned separately, so
/// "terror" can count both as a delegitimising label and as the "terrorism" side of a contested set. Terms a teacher
/// switched off are left out; a use that a term's context rule marks as neutral ("attack" in sport) is not a match but a
/// <see cref="NeutralUse"/>, so the page can say why it does not count. Built once per lexicon; safe to share between threads.
/// </summary>
public sealed class FramingMatcher
{
    // Loaded-language terms and frame/neutral cues are scanned separately, so a word that is both ("heartbreaking" as a
    // human-interest cue and an emotive evaluation) is found by both instead of the first-listed category hiding the other.
    private readonly TermTrie<Entry> _loaded = new();
    private readonly TermTrie<Entry> _frames = new();
    private readonly TermTrie<Entry> _contested = new();

    /// <summary>Compiles <paramref name="lexicon"/>'s terms and their inflections.</summary>
    public FramingMatcher(FramingLexicon lexicon)
    {
        Lexicon = lexicon ?? throw new ArgumentNullException(nameof(lexicon));
        var rules = lexicon.Rules.ToDictionary(r => r.Id, StringComparer.Ordinal);
        foreach (var category in lexicon.Categories)
        {
            foreach (var term in category.Terms.Where(category.IsOn))
            {
                AddForms(category.Group == FramingAnalyzer.LoadedGroup ? _loaded : _frames, term,
                    new Entry(term.Term, category.Id, null, term.Weight,
                    term.Unless.Select(u => rules.GetValueOrDefault(u)).OfType<ContextRule>().ToList()));
            }
        }

        foreach (var set in lexicon.Contested)
        {
            foreach (var option in set.Options)
            {
                foreach (var term in option.Terms)
                {
                    AddForms(_contested, term, new Entry(term.Term, set.Id, option.Label, 1, []));
                }
            }
        }
    }

    /// <summary>A matcher over <see cref="FramingLexicon.Default"/>.</summary>
    public static FramingMatcher Default { get; } = new(FramingLexicon.Default);

    /// <summary>The lexicon this matcher was built from.</summary>
    public FramingLexicon Lexicon { get; }

    /// <summary>Every category match and contested-term use in <paramref name="text"/>, with quotation and speaker.</summary>
    public (IReadOnlyList<FramingMatch> Matches, IReadOnlyList<ContestedMatch> Contested) Match(string text,
        IReadOnlyList<QuoteSpan> quotes)
    {
        ArgumentNullException.ThrowIfNull(text);
        var parts = WordPart.Of(text);
        var speakers = SpeakerFinder.FindAll(text, quotes);
        var index = new QuoteIndex(quotes);
        (bool InQuote, string? Speaker) Voice(int start) => index.At(start) is { } quote ? (true, speakers[quote]) : (false, null);

        var matches = ScanCategories(parts).Where(m => NeutralRule(parts, m) is null).Select(m =>
        {
            var (start, end) = (parts[m.First].Start, parts[m.Last].End);
            var (inQuote, speaker) = Voice(start);
            return new FramingMatch(start, end, text[start..end], m.Value.Term, m.Value.Group, inQuote, speaker, m.Value.Weight);
        }).OrderBy(m => m.Start).ThenBy(m => m.End).ToList();
        var contested = _contested.Scan(parts).Select(m =>
        {
            var (start, end) = (parts[m.First].Start, parts[m.Last].End);
            var (inQuote, speaker) = Voice(start);
            return new ContestedMatch(start, end, text[start..end], m.Value.Group, m.Value.Option!, inQuote, speaker);
        }).ToList();
        return (matches, contested);
    }

    /// <summary>Uses of terms in <paramref name="text"/> that a context rule marks as neutral, each with the rule's description.</summary>
    public IReadOnlyList<NeutralUse> NeutralUses(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var parts = WordPart.Of(text);
        return ScanCategories(parts).Select(m => (m, Rule: NeutralRule(parts, m))).Where(x => x.Rule is not null).Select(x =>
        {
            var (start, end) = (parts[x.m.First].Start, parts[x.m.Last].End);
            return new NeutralUse(start, end, text[start..end], x.m.Value.Term, x.m.Value.Group, x.Rule!.Description);
        }).ToList();
    }

    private IEnumerable<(int First, int Last, Entry Value)> ScanCategories(List<WordPart> parts) =>
        _frames.Scan(parts).Concat(_loaded.Scan(parts));

    // The first of the term's rules that says this use is neutral, or null. Only words around the match are read, so this is
    // constant work per match.
    private static ContextRule? NeutralRule(List<WordPart> parts, (int First, int Last, Entry Value) m)
    {
        foreach (var rule in m.Value.Unless)
        {
            if ((m.First > 0 && rule.Previous.Contains(parts[m.First - 1].Key, StringComparer.Ordinal)) ||
                (m.Last + 1 < parts.Count && rule.Next.Contains(parts[m.Last + 1].Key, StringComparer.Ordinal)))
            {
                return rule;
            }

            if (rule.Near.Count > 0)
            {
                for (var i = Math.Max(0, m.First - rule.Window); i < Math.Min(parts.Count, m.Last + 1 + rule.Window); i++)
                {
                    if ((i < m.First || i > m.Last) && rule.Near.Contains(parts[i].Key, StringComparer.Ordinal))
                    {
                        return rule;
                    }
                }
            }
        }

        return null;
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

    private sealed record Entry(string Term, string Group, string? Option, double Weight, IReadOnlyList<ContextRule> Unless);
}
