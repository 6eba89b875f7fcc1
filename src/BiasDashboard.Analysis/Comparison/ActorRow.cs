namespace BiasDashboard.Analysis.Comparison;

/// <summary>An actor across the columns: total mentions and one cell per column.</summary>
public sealed record ActorRow(Actor Actor, int Mentions, IReadOnlyList<ActorCell> Cells);

/// <summary>
/// How one column portrays an actor: <see cref="Mentions"/> by any merged name, and the mean VADER compound of the
/// sentences that mention them, over all such sentences and over those in the outlet's own voice (less than half
/// quoted). Null means no such sentence. <see cref="Spread"/> is the bootstrap 95% interval of <see cref="MeanAll"/>
/// (1,000 resamples of those sentences; null under two).
/// </summary>
public sealed record ActorCell(
    string Column, int Mentions, double? MeanAll, double? MeanOwnVoice, int OwnVoiceSentences, IReadOnlyList<SentenceRef> Sentences,
    Aggregation.ConfidenceInterval? Spread = null);
