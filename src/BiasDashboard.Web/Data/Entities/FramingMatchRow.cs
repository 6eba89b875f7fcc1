namespace BiasDashboard.Web.Data.Entities;

/// <summary>
/// One framing match in an article: a category term, or (with <see cref="Option"/> set) one side of a contested
/// set, whose id is then in <see cref="Category"/>. Offsets point into <see cref="Article.Body"/>.
/// </summary>
public sealed class FramingMatchRow
{
    public int ArticleId { get; set; }

    public int Index { get; set; }

    public int Start { get; set; }

    public int End { get; set; }

    public required string Text { get; set; }

    public required string Term { get; set; }

    public required string Category { get; set; }

    public string? Option { get; set; }

    public bool InQuote { get; set; }

    public string? Speaker { get; set; }
}
