using BiasDashboard.Analysis.Framing;
using BiasDashboard.Analysis.Text;
using CsCheck;

namespace BiasDashboard.Analysis.Tests.Framing;

/// <summary>Invariants of the broad lexicon over generated news-like text: exact offsets, determinism, no overlaps, weights in range.</summary>
public sealed class LoadedMatchPropertyTests
{
    // News-like words: lexicon terms in many forms, words their context rules look for, plain words, punctuation and quotes.
    private static readonly string[] Words =
    [
        "slammed", "Slams", "fumes", "fumed", "exhaust", "claims", "insurance", "murder", "charged", "with", "so-called", "pro-Palestine",
        "the", "a", "police", "said", "crushed", "goal", "match", "massacre", "very", "staggering", "reportedly", "appears", "to",
        "thugs", "mob", "rain", "flooded", "flood", "of", "migrants", "“", "”", "\"", ",", ".", "—", "-", "\n\n", "Ms", "Ali’s",
        "ÉLAN", "naïve", "hard", "left", "far-right", "even", "though", "refused", "finally", "yet", "again", "12", "£60,000",
    ];

    private static readonly Gen<string> NewsText =
        Gen.Int[0, Words.Length - 1].Array[0, 80].Select(ix => string.Join(' ', ix.Select(i => Words[i])));

    [Fact]
    public void Matches_GiveBackTheirExactText_DoNotOverlap_AndAreDeterministic() =>
        NewsText.Sample(text =>
        {
            var matches = FramingMatcher.Default.Match(text, QuoteFinder.Find(text)).Matches;
            var again = FramingMatcher.Default.Match(text, QuoteFinder.Find(text)).Matches;
            var loaded = matches.Where(m => FramingLexicon.Default.Categories.Single(c => c.Id == m.Category).Group == "loaded").ToList();
            return matches.All(m => text[m.Start..m.End] == m.Text && m.Weight is > 0 and <= 1)
                && matches.SequenceEqual(again)
                && loaded.Zip(loaded.Skip(1)).All(p => p.First.End <= p.Second.Start);
        }, iter: 300);

    [Fact]
    public void NeutralUses_AreNeverAlsoCountedMatches() =>
        NewsText.Sample(text =>
        {
            var counted = FramingMatcher.Default.Match(text, QuoteFinder.Find(text)).Matches.Select(m => (m.Start, m.End)).ToHashSet();
            return FramingMatcher.Default.NeutralUses(text).All(n => !counted.Contains((n.Start, n.End)) && text[n.Start..n.End] == n.Text);
        }, iter: 300);
}
