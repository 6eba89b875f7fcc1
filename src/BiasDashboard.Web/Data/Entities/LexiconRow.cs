namespace BiasDashboard.Web.Data.Entities;

/// <summary>A framing lexicon as stored: its JSON document (the library's schema) and its version.</summary>
public sealed class LexiconRow
{
    public required string Id { get; set; }

    public int Version { get; set; }

    public required string Json { get; set; }

    public DateTime UpdatedAtUtc { get; set; }
}
