namespace BiasDashboard.Web.Data.Entities;

/// <summary>
/// What the event matcher needs of one article, counted once when the article is stored
/// (the library's ArticleTerms, encoded by Events/StoredTerms.cs), so placing an upload
/// reads these instead of tokenising stored bodies. <see cref="Version"/> names the term rules they were counted
/// with; rows of another version are counted again by Events/MatchTermsBackfill.cs.
/// </summary>
public sealed class ArticleMatchTerms
{
    public int ArticleId { get; set; }

    public int Version { get; set; }

    public required string Terms { get; set; }
}
