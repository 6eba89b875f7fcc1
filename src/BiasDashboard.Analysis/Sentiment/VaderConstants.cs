using System.Collections.Frozen;

namespace BiasDashboard.Analysis.Sentiment;

/// <summary>
/// The constants and word lists of the reference implementation (vaderSentiment 3.3.2,
/// <c>vaderSentiment.py</c>; Hutto &amp; Gilbert, ICWSM 2014), with the reference's names in the docs.
/// </summary>
public static class VaderConstants
{
    /// <summary>Empirically derived mean intensity increase for booster words (reference: B_INCR).</summary>
    public const double BoosterIncrement = 0.293;

    /// <summary>Empirically derived mean intensity decrease for dampener words (reference: B_DECR).</summary>
    public const double BoosterDecrement = -0.293;

    /// <summary>Intensity increase for a word in ALL CAPS among words that are not (reference: C_INCR).</summary>
    public const double CapsIncrement = 0.733;

    /// <summary>Multiplier applied to a negated word's valence (reference: N_SCALAR).</summary>
    public const double NegationScalar = -0.74;

    /// <summary>Alpha of the compound normalisation <c>s / sqrt(s² + alpha)</c>; approximates the max expected value.</summary>
    public const double NormalizationAlpha = 15;

    /// <summary>Emphasis added per exclamation mark, for at most four of them.</summary>
    public const double ExclamationIncrement = 0.292;

    /// <summary>Emphasis added per question mark when there are two or three of them.</summary>
    public const double QuestionIncrement = 0.18;

    /// <summary>Emphasis for four or more question marks.</summary>
    public const double QuestionCap = 0.96;

    /// <summary>Multiplier of "never so X" / "never this X" and of any word right after "so" or "this".</summary>
    public const double NeverSoScalar = 1.25;

    /// <summary>Multiplier of the words before the first "but" (reference: _but_check).</summary>
    public const double BeforeButScalar = 0.5;

    /// <summary>Multiplier of the words after the first "but" (reference: _but_check).</summary>
    public const double AfterButScalar = 1.5;

    /// <summary>Sentiment-proportion threshold of the reference's positive/negative convention.</summary>
    public const double PolarityThreshold = 0.05;

    /// <summary>Negation words (reference: NEGATE, 59 words). A lower-cased word containing "n't" also negates.</summary>
    public static FrozenSet<string> Negations { get; } = new[]
    {
        "aint", "arent", "cannot", "cant", "couldnt", "darent", "didnt", "doesnt",
        "ain't", "aren't", "can't", "couldn't", "daren't", "didn't", "doesn't",
        "dont", "hadnt", "hasnt", "havent", "isnt", "mightnt", "mustnt", "neither",
        "don't", "hadn't", "hasn't", "haven't", "isn't", "mightn't", "mustn't",
        "neednt", "needn't", "never", "none", "nope", "nor", "not", "nothing", "nowhere",
        "oughtnt", "shant", "shouldnt", "uhuh", "wasnt", "werent",
        "oughtn't", "shan't", "shouldn't", "uh-uh", "wasn't", "weren't",
        "without", "wont", "wouldnt", "won't", "wouldn't", "rarely", "seldom", "despite",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>
    /// Booster and dampener words, "degree adverbs" (reference: BOOSTER_DICT, 84 keys).
    /// Three keys are two words and can only match in the idiom step.
    /// </summary>
    public static FrozenDictionary<string, double> Boosters { get; } = BuildBoosters();

    /// <summary>
    /// Multi-word special cases that replace a word's valence (reference: SPECIAL_CASES).
    /// "badass" is one word and so can never match; the reference's SENTIMENT_LADEN_IDIOMS
    /// are defined there but never used, so they are left out here.
    /// </summary>
    public static FrozenDictionary<string, double> SpecialCases { get; } = new Dictionary<string, double>(StringComparer.Ordinal)
    {
        ["the shit"] = 3,
        ["the bomb"] = 3,
        ["bad ass"] = 1.5,
        ["badass"] = 1.5,
        ["bus stop"] = 0.0,
        ["yeah right"] = -2,
        ["kiss of death"] = -1.5,
        ["to die for"] = 3,
        ["beating heart"] = 3.1,
        ["broken heart"] = -2.9,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    private static FrozenDictionary<string, double> BuildBoosters()
    {
        string[] increments =
        [
            "absolutely", "amazingly", "awfully", "completely", "considerable", "considerably",
            "decidedly", "deeply", "effing", "enormous", "enormously", "entirely", "especially",
            "exceptional", "exceptionally", "extreme", "extremely", "fabulously", "flipping", "flippin",
            "frackin", "fracking", "fricking", "frickin", "frigging", "friggin", "fully", "fuckin",
            "fucking", "fuggin", "fugging", "greatly", "hella", "highly", "hugely", "incredible",
            "incredibly", "intensely", "major", "majorly", "more", "most", "particularly", "purely",
            "quite", "really", "remarkably", "so", "substantially", "thoroughly", "total", "totally",
            "tremendous", "tremendously", "uber", "unbelievably", "unusually", "utter", "utterly", "very",
        ];
        string[] decrements =
        [
            "almost", "barely", "hardly", "just enough", "kind of", "kinda", "kindof", "kind-of",
            "less", "little", "marginal", "marginally", "occasional", "occasionally", "partly",
            "scarce", "scarcely", "slight", "slightly", "somewhat", "sort of", "sorta", "sortof", "sort-of",
        ];
        return increments.Select(w => KeyValuePair.Create(w, BoosterIncrement))
            .Concat(decrements.Select(w => KeyValuePair.Create(w, BoosterDecrement)))
            .ToFrozenDictionary(StringComparer.Ordinal);
    }
}
