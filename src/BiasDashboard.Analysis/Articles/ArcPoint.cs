namespace BiasDashboard.Analysis.Articles;

/// <summary>
/// One point of an article's sentiment arc: <see cref="Position"/> is where the sentence's middle falls in the
/// body (0 = start, 1 = end), <see cref="Compound"/> its score, and <see cref="Smoothed"/> the mean compound of
/// the sentences within two either side, which shows the drift an individual sentence hides.
/// </summary>
public sealed record ArcPoint(int SentenceIndex, double Position, double Compound, double Smoothed);
