namespace BiasDashboard.Analysis.Text;

/// <summary>What a <see cref="Token"/> is.</summary>
public enum TokenKind
{
    /// <summary>Letters, with inner apostrophes or hyphens ("MP’s", "pro-Palestine").</summary>
    Word,

    /// <summary>Digits, with inner separators ("1,000", "39.9", "293-125").</summary>
    Number,

    /// <summary>One punctuation or symbol character.</summary>
    Punctuation,
}
