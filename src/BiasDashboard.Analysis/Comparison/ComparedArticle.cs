namespace BiasDashboard.Analysis.Comparison;

/// <summary>
/// One article going into a comparison. <see cref="Key"/> identifies it in every reference the comparison returns (an
/// article id, or a file path); <see cref="Column"/> is the column it is shown in (its outlet, or the outlet's group on
/// an axis a teacher chose). <see cref="Compounds"/> are its sentences' VADER compounds in order when already known
/// (stored scores); when null or out of step with the text they are computed. <see cref="LoadedMatchStarts"/> are the
/// offsets of the article's own-voice loaded-language matches, when known: they give the loaded-language index its spread.
/// </summary>
public sealed record ComparedArticle(
    string Key,
    string Outlet,
    string Column,
    string Title,
    DateOnly? Published,
    string? Url,
    string Body,
    IReadOnlyList<double>? Compounds = null,
    double? LoadedLanguageIndex = null,
    IReadOnlyList<int>? LoadedMatchStarts = null);

/// <summary>
/// A fact a teacher wrote for the ledger. An outlet states it when one of its sentences contains all of
/// <see cref="Terms"/>, contradicts it when one contains all of <see cref="ContradictTerms"/> (if any are given); a
/// term matches words that start with it, ignoring case ("abstain" matches "abstained").
/// </summary>
public sealed record LedgerFact(string Id, string Statement, IReadOnlyList<string> Terms, IReadOnlyList<string> ContradictTerms);

/// <summary>A sentence behind a figure: the article's <see cref="ComparedArticle.Key"/> and the sentence's index in it.</summary>
public sealed record SentenceRef(string Article, int Sentence);
