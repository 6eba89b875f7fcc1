namespace BiasDashboard.Analysis.Framing;

/// <summary>
/// One framing term found in an article. <see cref="Start"/>/<see cref="End"/> are UTF-16 offsets into the body and
/// <see cref="Text"/> the exact words there. <see cref="InQuote"/> is true inside a direct quotation, whose
/// <see cref="Speaker"/> is given where the text names one.
/// </summary>
public sealed record FramingMatch(int Start, int End, string Text, string Term, string Category, bool InQuote, string? Speaker);

/// <summary>A use of one side of a contested set ("humanitarian pause" in the ceasefire set).</summary>
public sealed record ContestedMatch(int Start, int End, string Text, string Set, string Option, bool InQuote, string? Speaker);
