using System.Collections.Frozen;

namespace BiasDashboard.Analysis.Sentiment;

/// <summary>Span-based lookups into <see cref="VaderConstants"/>' word lists, allocation-free on the hot path.</summary>
internal static class VaderVocabulary
{
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> NegationLookup =
        VaderConstants.Negations.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly FrozenDictionary<string, double>.AlternateLookup<ReadOnlySpan<char>> BoosterLookup =
        VaderConstants.Boosters.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly FrozenDictionary<string, double>.AlternateLookup<ReadOnlySpan<char>> SpecialCaseLookup =
        VaderConstants.SpecialCases.GetAlternateLookup<ReadOnlySpan<char>>();

    // Every word of a multi-word SPECIAL_CASES or BOOSTER_DICT key: an n-gram can only match if all its words are here.
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> PhraseWords =
        VaderConstants.SpecialCases.Keys.Concat(VaderConstants.Boosters.Keys)
            .Where(k => k.Contains(' ', StringComparison.Ordinal))
            .SelectMany(k => k.Split(' '))
            .ToFrozenSet(StringComparer.Ordinal)
            .GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Reference: <c>negated()</c> on one lower-cased word — in NEGATE, or containing "n't".</summary>
    public static bool IsNegation(ReadOnlySpan<char> lower) =>
        NegationLookup.Contains(lower) || lower.IndexOf("n't", StringComparison.Ordinal) >= 0;

    public static double Booster(ReadOnlySpan<char> lower) => BoosterLookup.TryGetValue(lower, out var v) ? v : 0;

    public static bool InPhraseVocabulary(ReadOnlySpan<char> lower) => PhraseWords.Contains(lower);

    public static bool TryGetSpecialCase(ReadOnlySpan<char> phrase, out double valence) =>
        SpecialCaseLookup.TryGetValue(phrase, out valence);

    public static bool TryGetBooster(ReadOnlySpan<char> phrase, out double valence) =>
        BoosterLookup.TryGetValue(phrase, out valence);

    public static RuleWord RuleWordOf(ReadOnlySpan<char> lower) => lower switch
    {
        "kind" => RuleWord.Kind,
        "of" => RuleWord.Of,
        "no" => RuleWord.No,
        "or" => RuleWord.Or,
        "nor" => RuleWord.Nor,
        "never" => RuleWord.Never,
        "so" => RuleWord.So,
        "this" => RuleWord.This,
        "without" => RuleWord.Without,
        "doubt" => RuleWord.Doubt,
        "least" => RuleWord.Least,
        "at" => RuleWord.At,
        "very" => RuleWord.Very,
        "but" => RuleWord.But,
        _ => RuleWord.None,
    };
}
