using BiasDashboard.Analysis.Framing;
using BiasDashboard.Analysis.Text;

namespace BiasDashboard.Analysis.Tests.Framing.Evaluation;

/// <summary>
/// How a lexicon's loaded-language matches compare with gold: the share of gold spans that a match overlaps (the
/// issue's "overlap"), the share of matches that overlap a gold span (precision), matches per 1,000 words, and how
/// well a sentence's match count and weighted loaded score separate biased from unbiased sentences (AUC).
/// </summary>
public sealed record LoadedMetrics(int GoldSpans, int GoldHit, int Matches, int MatchesOnGold, int Words, double AucByCount, double AucByScore)
{
    public double Overlap => GoldSpans == 0 ? 0 : (double)GoldHit / GoldSpans;

    public double Precision => Matches == 0 ? 0 : (double)MatchesOnGold / Matches;

    public double Per1000 => Words == 0 ? 0 : 1000.0 * Matches / Words;

    public override string ToString() =>
        $"overlap {Overlap:0.000} ({GoldHit}/{GoldSpans}), precision {Precision:0.000} ({MatchesOnGold}/{Matches}), {Per1000:0.0} matches per 1,000 words, " +
        $"sentence AUC by count {AucByCount:0.000}, by weighted score {AucByScore:0.000}";

    /// <summary>Scores <paramref name="matcher"/>'s loaded matches on gold texts and labelled sentences.</summary>
    public static LoadedMetrics Measure(FramingMatcher matcher, IReadOnlyList<GoldText> texts, IReadOnlyList<LabelledSentence> sentences)
    {
        int gold = 0, hit = 0, matches = 0, onGold = 0, words = 0;
        foreach (var text in texts)
        {
            var found = Loaded(matcher, text.Text);
            gold += text.Spans.Count;
            hit += text.Spans.Count(s => found.Any(m => m.Start < s.End && s.Start < m.End));
            matches += found.Count;
            onGold += found.Count(m => text.Spans.Any(s => m.Start < s.End && s.Start < m.End));
            words += Tokenizer.CountWords(text.Text);
        }

        var scored = sentences.Select(s => (s.Biased, Found: Loaded(matcher, s.Text))).ToList();
        return new LoadedMetrics(gold, hit, matches, onGold, words,
            Auc(scored.Select(s => (s.Biased, (double)s.Found.Count))),
            Auc(scored.Select(s => (s.Biased, s.Found.Sum(m => m.Weight)))));
    }

    /// <summary>The loaded-group matches in <paramref name="text"/>, own voice and quoted alike (gold marks both).</summary>
    public static List<FramingMatch> Loaded(FramingMatcher matcher, string text)
    {
        var loaded = matcher.Lexicon.Categories.Where(c => c.Group == FramingAnalyzer.LoadedGroup).Select(c => c.Id).ToHashSet(StringComparer.Ordinal);
        return matcher.Match(text, QuoteFinder.Find(text)).Matches.Where(m => loaded.Contains(m.Category)).ToList();
    }

    /// <summary>The Mann–Whitney AUC: the chance a random biased sentence outscores a random unbiased one (ties count half).</summary>
    public static double Auc(IEnumerable<(bool Positive, double Score)> items)
    {
        var list = items.ToList();
        var positives = list.Where(x => x.Positive).Select(x => x.Score).ToList();
        var negatives = list.Where(x => !x.Positive).Select(x => x.Score).ToList();
        if (positives.Count == 0 || negatives.Count == 0)
        {
            return 0.5;
        }

        var sum = positives.Sum(p => negatives.Sum(n => p > n ? 1.0 : p == n ? 0.5 : 0.0));
        return sum / positives.Count / negatives.Count;
    }
}
