namespace BiasDashboard.Analysis.Sentiment;

/// <summary>
/// One word of a scored text and the valence VADER gave it after every rule (boosters, caps, negation,
/// idioms, "but"). <see cref="Start"/> and <see cref="Length"/> are UTF-16 offsets into the text that was
/// scored; for a word that came from an emoji they cover the emoji. <see cref="LexiconValence"/> is the word's own
/// valence in the lexicon before any rule (null when it is not a lexicon word), so the difference shows what the
/// rules did: boosted, damped, negated, or scaled around "but".
/// </summary>
public sealed record WordValence(int Start, int Length, string Word, double Valence, double? LexiconValence = null);
