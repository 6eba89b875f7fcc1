namespace BiasDashboard.Analysis.Text;

/// <summary>
/// One sentence of an article body. <see cref="Range"/> is its UTF-16 span in the body; <see cref="Quoted"/>
/// are the parts of it inside direct quotations (marks included), so its own voice is the rest.
/// </summary>
public sealed record Sentence(int Index, TextRange Range, int Paragraph, SentenceKind Kind, IReadOnlyList<TextRange> Quoted)
{
    /// <summary>Share of the sentence's letters and digits that lie inside quotations, 0 to 1.</summary>
    public double QuotedShare { get; init; }

    /// <summary>True when at least half of the sentence's words are quoted: it is mainly someone else's voice.</summary>
    public bool IsMainlyQuoted => QuotedShare >= 0.5;

    /// <summary>Whether the body offset <paramref name="offset"/> lies inside a quotation.</summary>
    public bool IsQuotedAt(int offset) => Quoted.Any(q => q.Contains(offset));
}
