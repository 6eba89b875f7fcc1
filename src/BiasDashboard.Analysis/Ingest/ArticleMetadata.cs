namespace BiasDashboard.Analysis.Ingest;

/// <summary>What is known about an article besides its text; every field may be missing.</summary>
public sealed record ArticleMetadata(
    string? Title = null,
    string? Outlet = null,
    string? Author = null,
    DateOnly? Published = null,
    string? Url = null)
{
    /// <summary>No metadata.</summary>
    public static ArticleMetadata Empty { get; } = new();

    /// <summary>Fields of <paramref name="other"/> fill the ones missing here.</summary>
    public ArticleMetadata Or(ArticleMetadata other) => new(
        Title ?? other.Title, Outlet ?? other.Outlet, Author ?? other.Author, Published ?? other.Published, Url ?? other.Url);
}
