namespace BiasDashboard.Web.Data.Entities;

/// <summary>A sentence a teacher rewrote in the "why this score" panel and kept to discuss in class.</summary>
public sealed class LessonExample
{
    public int Id { get; set; }

    public int ArticleId { get; set; }

    public int SentenceIndex { get; set; }

    public required string Original { get; set; }

    public required string Edited { get; set; }

    public double OriginalCompound { get; set; }

    public double EditedCompound { get; set; }

    public string? Note { get; set; }

    public DateTime SavedAtUtc { get; set; }
}
