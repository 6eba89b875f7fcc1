namespace BiasDashboard.Web.Data.Entities;

/// <summary>A real-world event that outlets covered; the unit the dashboard compares. Its id is a readable slug.</summary>
public sealed class NewsEvent
{
    public required string Id { get; set; }

    public required string Title { get; set; }

    public DateOnly? Date { get; set; }

    public List<Article> Articles { get; } = [];
}
