namespace BiasDashboard.Analysis.Text;

/// <summary>A run of UTF-16 code units in an article body: <c>body.Substring(Start, Length)</c>.</summary>
public readonly record struct TextRange(int Start, int Length)
{
    /// <summary>One past the last code unit.</summary>
    public int End => Start + Length;

    /// <summary>The characters of this range in <paramref name="text"/>.</summary>
    public ReadOnlySpan<char> In(string text) => text.AsSpan(Start, Length);

    /// <summary>Whether <paramref name="offset"/> lies inside this range.</summary>
    public bool Contains(int offset) => offset >= Start && offset < End;

    /// <summary>The overlap with <paramref name="other"/>, or null when they do not overlap.</summary>
    public TextRange? Intersect(TextRange other)
    {
        var start = Math.Max(Start, other.Start);
        var end = Math.Min(End, other.End);
        return end > start ? new TextRange(start, end - start) : null;
    }
}
