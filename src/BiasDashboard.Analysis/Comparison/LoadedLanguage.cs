using BiasDashboard.Analysis.Aggregation;
using BiasDashboard.Analysis.Framing;
using BiasDashboard.Analysis.Text;

namespace BiasDashboard.Analysis.Comparison;

/// <summary>A column's loaded-language index pooled over its articles' sentences, with its bootstrap spread.</summary>
internal static class LoadedLanguage
{
    // Each sentence is a unit, its own-voice loaded matches over its own-voice words (words outside quotations, as the
    // index counts them), resampled. Null when an article's match positions are unknown.
    public static (double Index, ConfidenceInterval? Spread)? Spread(List<AnalysedArticle> column)
    {
        if (column.Any(a => a.Source.LoadedMatchStarts is null))
        {
            return null;
        }

        var units = new List<(double, double)>();
        foreach (var article in column)
        {
            var quotes = new QuoteIndex(article.Quotes);
            var starts = article.Source.LoadedMatchStarts!.Order().ToArray();
            foreach (var sentence in article.Sentences)
            {
                var ownWords = Tokenizer.Tokenize(article.Source.Body, sentence.Range)
                    .Count(t => t.Kind != TokenKind.Punctuation && quotes.At(t.Start) is null);
                // Matches in [start, end) by two binary searches: counting by a scan per sentence would be quadratic.
                var loaded = SortedOffsets.FirstAtOrAfter(starts, sentence.Range.End) - SortedOffsets.FirstAtOrAfter(starts,
                    sentence.Range.Start);
                units.Add((loaded, ownWords));
            }
        }

        var own = units.Sum(u => u.Item2);
        return (own == 0 ? 0 : 1000 * units.Sum(u => u.Item1) / own,
            Statistics.BootstrapRatioInterval95(units, 1000, resamples: Math.Clamp(1_000_000 / Math.Max(1, units.Count), 500, 2000)));
    }
}
