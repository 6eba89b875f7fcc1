namespace BiasDashboard.Web.Data.Entities;

/// <summary>A real-world event that outlets covered; the unit the dashboard compares. Its id is a readable slug.</summary>
public sealed class NewsEvent
{
    public required string Id { get; set; }

    public required string Title { get; set; }

    public DateOnly? Date { get; set; }

    /// <summary>A short description a teacher wrote: what happened, and what to look for.</summary>
    public string? Description { get; set; }

    public List<EventFact> Facts { get; } = [];

    public List<Article> Articles { get; } = [];
}
