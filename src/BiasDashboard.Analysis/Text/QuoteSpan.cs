namespace BiasDashboard.Analysis.Text;

/// <summary>
/// A direct quotation: <see cref="Range"/> covers the quotation marks, <see cref="Content"/> the words
/// between them. <see cref="RunsToParagraphEnd"/> is set when no closing mark was found in the paragraph
/// (the news convention for a quotation that continues into the next paragraph).
/// </summary>
public sealed record QuoteSpan(TextRange Range, TextRange Content, bool RunsToParagraphEnd);
