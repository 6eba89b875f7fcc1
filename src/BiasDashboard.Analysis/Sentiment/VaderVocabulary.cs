using System.Collections.Frozen;

namespace BiasDashboard.Analysis.Sentiment;

/// <summary>
/// Everything the rules ask about one lower-cased word — lexicon valence, booster value, negation,
/// rule word — merged into a single table so that each token costs one hash lookup.
/// </summary>
internal sealed class VaderVocabulary
{
    private static readonly FrozenDictionary<string, double>.AlternateLookup<ReadOnlySpan<char>> BoosterPhrases =
        VaderConstants.Boosters.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly FrozenDictionary<string, double>.AlternateLookup<ReadOnlySpan<char>> SpecialCasePhrases =
        VaderConstants.SpecialCases.GetAlternateLookup<ReadOnlySpan<char>>();

    private readonly WordTable<WordFacts> _facts;

    public VaderVocabulary(VaderLexicon lexicon)
    {
        var facts = new Dictionary<string, WordFacts>(StringComparer.Ordinal);
        WordFacts Get(string w) => facts.TryGetValue(w, out var f) ? f : WordFacts.Unknown(w);

        foreach (var (word, valence) in lexicon.Entries)
        {
            facts[word] = Get(word) with { Valence = valence };
        }

        foreach (var (word, booster) in VaderConstants.Boosters)
        {
            facts[word] = Get(word) with { Booster = booster };
        }

        // Every word of a multi-word SPECIAL_CASES or BOOSTER_DICT key: an n-gram can only match if all its words are marked.
        foreach (var word in VaderConstants.SpecialCases.Keys.Concat(VaderConstants.Boosters.Keys)
                     .Where(k => k.Contains(' ', StringComparison.Ordinal)).SelectMany(k => k.Split(' ')))
        {
            facts[word] = Get(word) with { InPhraseVocabulary = true };
        }

        foreach (var word in VaderConstants.Negations.Concat(RuleWords.Keys))
        {
            facts[word] = Get(word);
        }

        _facts = new WordTable<WordFacts>(facts);
    }

    private static FrozenDictionary<string, RuleWord> RuleWords { get; } =
        Enum.GetValues<RuleWord>().Where(w => w != RuleWord.None)
            .ToFrozenDictionary(w => w.ToString().ToLowerInvariant(), StringComparer.Ordinal);

    /// <summary>
    /// The facts of one lower-cased word. Every rule word and NEGATE word is in the table, so a word that is
    /// not needs only the "n't" check.
    /// </summary>
    public WordFacts Lookup(ReadOnlySpan<char> lower) =>
        _facts.TryGetValue(lower, out var facts) ? facts : WordFacts.Plain(PythonText.ContainsNt(lower));

    public static bool TryGetSpecialCase(ReadOnlySpan<char> phrase, out double valence) =>
        SpecialCasePhrases.TryGetValue(phrase, out valence);

    public static bool TryGetBooster(ReadOnlySpan<char> phrase, out double valence) =>
        BoosterPhrases.TryGetValue(phrase, out valence);

    /// <summary>What the rules need to know about one word.</summary>
    internal readonly record struct WordFacts(double Valence, double Booster, RuleWord Word, bool IsNegation, bool InPhraseVocabulary)
    {
        public static WordFacts Plain(bool containsNt) => new(double.NaN, 0, RuleWord.None, containsNt, false);

        // Reference: negated() on one word — in NEGATE, or containing "n't" (ASCII apostrophe only).
        public static WordFacts Unknown(string lower) => new(
            double.NaN,
            0,
            RuleWords.TryGetValue(lower, out var rule) ? rule : RuleWord.None,
            VaderConstants.Negations.Contains(lower) || lower.Contains("n't", StringComparison.Ordinal),
            false);
    }
}
