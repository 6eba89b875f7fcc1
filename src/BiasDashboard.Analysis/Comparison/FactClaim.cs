using BiasDashboard.Analysis.Text;

namespace BiasDashboard.Analysis.Comparison;

/// <summary>
/// A number or claim an article states, keyed by what it is about so outlets can be lined up: <see cref="Key"/> is
/// stable ("vote-tally:motion", "frontbenchers:resigned", "stance:rushanara-ali"), <see cref="Label"/> says it in words
/// ("Frontbenchers who resigned"), <see cref="Value"/> is the normalised value compared across outlets ("294–125",
/// "10", "abstained") and <see cref="Range"/> the exact words in the text, in sentence <see cref="Sentence"/>.
/// </summary>
public sealed record FactClaim(string Key, string Label, string Value, TextRange Range, int Sentence, bool InQuote)
{
    /// <summary>
    /// The range the value stands for, when it is a quantity read with its approximation ("nearly 400" → 360–400, "two
    /// dozen" → 24–24): two outlets disagree on it only when their ranges do not overlap. Null for exact values (tallies, stances).
    /// </summary>
    public (double Low, double High)? Span { get; init; }
}
