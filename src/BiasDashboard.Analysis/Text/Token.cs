namespace BiasDashboard.Analysis.Text;

/// <summary>A word, number or punctuation mark, addressed by UTF-16 offsets into the article body.</summary>
public readonly record struct Token(int Start, int Length, TokenKind Kind)
{
    /// <summary>The characters of this token in <paramref name="text"/>.</summary>
    public ReadOnlySpan<char> In(string text) => text.AsSpan(Start, Length);
}
