using BiasDashboard.Analysis.Aggregation;
using BiasDashboard.Analysis.Sentiment;
using BiasDashboard.Analysis.Text;

namespace BiasDashboard.Analysis.Comparison;

/// <summary>
/// Builds a column's header figures: its articles, the VADER mean with its bootstrap spread beside AFINN-165's verdict,
/// the most negative and positive sentences, and the loaded-language index with its spread.
/// </summary>
internal sealed class SentimentColumns(AfinnAnalyzer afinn)
{
    public ComparisonColumn Build(List<AnalysedArticle> column)
    {
        var articles = column.Select(a => new ColumnArticle(a.Source.Key, a.Source.Title, a.Source.Outlet, a.Source.Published,
            a.Source.Url, Tokenizer.CountWords(a.Source.Body), a.Sentences.Count)).ToList();
        // Pooled over the column's sentences when the matches' positions are known; else the articles' indexes weighted by length.
        var pooled = LoadedLanguage.Spread(column);
        var weighted = column.Zip(articles).Where(x => x.First.Source.LoadedLanguageIndex is not null).ToList();
        double? loaded = pooled?.Index ?? (weighted.Count == 0 ? null
            : weighted.Sum(x => x.First.Source.LoadedLanguageIndex!.Value * x.Second.Words) / Math.Max(1,
                weighted.Sum(x => x.Second.Words)));
        return new ComparisonColumn(column[0].Source.Column, articles, articles.Sum(a => a.Words), Sentiment(column), loaded,
            pooled?.Spread);
    }

    private ColumnSentiment Sentiment(List<AnalysedArticle> column)
    {
        var compounds = column.SelectMany(a => a.Compounds).ToList();
        var afinnScores = column
            .SelectMany(a => a.Sentences.Select(s => (double)afinn.Score(a.Source.Body.Substring(s.Range.Start, s.Range.Length))))
            .ToList();
        var mean = compounds.Count == 0 ? 0 : Statistics.Mean(compounds);
        var afinnMean = afinnScores.Count == 0 ? 0 : Statistics.Mean(afinnScores);
        var vaderDirection = Direction(mean, 0.05);
        var afinnDirection = Direction(afinnMean, EventComparer.AfinnNeutralBand);
        var agreement = vaderDirection == afinnDirection ? LexiconAgreement.Agree
            : vaderDirection == "neutral" || afinnDirection == "neutral" ? LexiconAgreement.Partly
            : LexiconAgreement.Disagree;
        var ranked = column.SelectMany(a =>
            a.Compounds.Select((c, i) => (Ref: new SentenceRef(a.Source.Key, a.Sentences[i].Index), Compound: c)))
            .ToList();
        // 2,000 resamples, fewer for a column of thousands of sentences (at least 500): the interval's ends then move by
        // well under 0.01, and the page stays quick.
        var resamples = Math.Clamp(1_000_000 / Math.Max(1, compounds.Count), 500, 2000);
        return new ColumnSentiment(mean, Statistics.BootstrapMeanInterval95(compounds, resamples), vaderDirection, afinnMean,
            afinnDirection,
            agreement, Note(agreement, vaderDirection, afinnDirection),
            ranked.Where(r => r.Compound <= -0.05).OrderBy(r => r.Compound).Take(3).Select(r => r.Ref).ToList(),
            ranked.Where(r => r.Compound >= 0.05).OrderByDescending(r => r.Compound).Take(3).Select(r => r.Ref).ToList());
    }

    private static string? Note(LexiconAgreement agreement, string vader, string afinn) => agreement switch
    {
        LexiconAgreement.Disagree =>
            $"VADER reads this coverage as {vader} but AFINN-165 reads it as {afinn}: treat the tone as uncertain.",
        LexiconAgreement.Partly => $"VADER reads this coverage as {vader}, AFINN-165 as {afinn}: the tone is weak either way.",
        _ => null,
    };

    private static string Direction(double value, double band) => value >= band ? "positive" : value <= -band ? "negative" : "neutral";
}
