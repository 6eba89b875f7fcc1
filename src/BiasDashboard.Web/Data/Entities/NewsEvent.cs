namespace BiasDashboard.Web.Data.Entities;

/// <summary>A real-world event that outlets covered; the unit the dashboard compares. Its id is a readable slug.</summary>
public sealed class NewsEvent
{
    public required string Id { get; set; }

    public required string Title { get; set; }

    public DateOnly? Date { get; set; }

    /// <summary>A short description a teacher wrote: what happened, and what to look for.</summary>
    public string? Description { get; set; }

    /// <summary>How many articles are filed under the event; kept by <see cref="CoverageCounts"/> on every change.</summary>
    public int ArticleCount { get; set; }

    /// <summary>How many outlets those articles come from; kept by <see cref="CoverageCounts"/>.</summary>
    public int OutletCount { get; set; }

    public List<EventFact> Facts { get; } = [];

    public List<Article> Articles { get; } = [];
}
