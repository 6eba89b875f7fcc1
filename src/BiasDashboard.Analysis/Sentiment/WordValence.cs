namespace BiasDashboard.Analysis.Sentiment;

/// <summary>
/// One word of a scored text and the valence VADER gave it after every rule (boosters, caps, negation,
/// idioms, "but"). <see cref="Start"/> and <see cref="Length"/> are UTF-16 offsets into the text that was
/// scored; for a word that came from an emoji they cover the emoji.
/// </summary>
public sealed record WordValence(int Start, int Length, string Word, double Valence);
