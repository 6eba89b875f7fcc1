namespace BiasDashboard.Analysis.Comparison;

/// <summary>
/// One fact across the columns. <see cref="Consensus"/> is the value most columns state (null when tied or for a
/// teacher's fact); <see cref="Differs"/> is true when columns state different values.
/// </summary>
public sealed record FactRow(string Key, string Label, string? Consensus, bool Differs, bool FromTeacher, IReadOnlyList<FactCell> Cells);

/// <summary>What one column does with a fact, the values it gives, and the exact words.</summary>
public sealed record FactCell(string Column, FactStatus Status, IReadOnlyList<string> Values, IReadOnlyList<FactEvidence> Evidence);

/// <summary>The words behind a fact cell: article, sentence, character range and text; in a quotation or in the outlet's own
/// voice.</summary>
public sealed record FactEvidence(string Article, int Sentence, int Start, int Length, string Text, bool InQuote);

/// <summary>A column's relation to a fact.</summary>
public enum FactStatus
{
    /// <summary>States the fact (the consensus value).</summary>
    States,

    /// <summary>States a different value from the one most columns give.</summary>
    Contradicts,

    /// <summary>States a value where the columns are split evenly.</summary>
    Disputed,

    /// <summary>Does not state it. Omission is bias too.</summary>
    Omits,
}
