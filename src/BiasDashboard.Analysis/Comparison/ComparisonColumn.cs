using BiasDashboard.Analysis.Aggregation;

namespace BiasDashboard.Analysis.Comparison;

/// <summary>
/// One column of the comparison: an outlet (or a group of outlets) and its articles on the event.
/// <see cref="LoadedLanguageSpread"/> is the bootstrap 95% interval of the loaded-language index over the column's
/// sentences (own-voice loaded matches per 1,000 own-voice words), when the matches' positions were given.
/// </summary>
public sealed record ComparisonColumn(
    string Name,
    IReadOnlyList<ColumnArticle> Articles,
    int Words,
    ColumnSentiment Sentiment,
    double? LoadedLanguageIndex,
    ConfidenceInterval? LoadedLanguageSpread = null);

/// <summary>An article in a column: headline, outlet, date, link, length.</summary>
public sealed record ColumnArticle(string Key, string Title, string Outlet, DateOnly? Published, string? Url, int Words, int Sentences);

/// <summary>
/// The column's sentiment and how sure it is. <see cref="Mean"/> is the mean VADER compound of all its sentences;
/// <see cref="Spread"/> the percentile-bootstrap 95% interval of that mean (2,000 resamples of sentences);
/// <see cref="AfinnMean"/> the mean AFINN-165 sentence score, an independent lexicon. Directions use ±0.05 for VADER
/// (the reference's threshold) and ±0.25 for AFINN; <see cref="Agreement"/> says whether they point the same way and
/// <see cref="Note"/> says it in words when they do not.
/// </summary>
public sealed record ColumnSentiment(
    double Mean,
    ConfidenceInterval? Spread,
    string Direction,
    double AfinnMean,
    string AfinnDirection,
    LexiconAgreement Agreement,
    string? Note,
    IReadOnlyList<SentenceRef> MostNegative,
    IReadOnlyList<SentenceRef> MostPositive);

/// <summary>Whether VADER and AFINN-165 read a column's tone the same way.</summary>
public enum LexiconAgreement
{
    /// <summary>Both positive, both negative, or both neutral.</summary>
    Agree,

    /// <summary>One reads it as neutral, the other does not.</summary>
    Partly,

    /// <summary>One positive, the other negative: the tone figure should not be trusted.</summary>
    Disagree,
}
