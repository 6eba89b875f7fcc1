namespace BiasDashboard.Analysis.Framing;

/// <summary>
/// One framing term found in an article. <see cref="Start"/>/<see cref="End"/> are UTF-16 offsets into the body and
/// <see cref="Text"/> the exact words there. <see cref="InQuote"/> is true inside a direct quotation, whose
/// <see cref="Speaker"/> is given where the text names one. <see cref="Weight"/> is the term's strength (0 to 1, from its
/// source list or the curator), so a sentence's loaded score is the sum of its matches' weights.
/// </summary>
public sealed record FramingMatch(int Start, int End, string Text, string Term, string Category, bool InQuote, string? Speaker,
    double Weight = 1);

/// <summary>
/// A term found but not counted, because a stated context rule says it is used in a neutral sense here ("attack" in a
/// match report, "fumes" as a noun). The page shows it with the rule, so a student sees why it does not count.
/// </summary>
public sealed record NeutralUse(int Start, int End, string Text, string Term, string Category, string Rule);

/// <summary>A use of one side of a contested set ("humanitarian pause" in the ceasefire set).</summary>
public sealed record ContestedMatch(int Start, int End, string Text, string Set, string Option, bool InQuote, string? Speaker);
