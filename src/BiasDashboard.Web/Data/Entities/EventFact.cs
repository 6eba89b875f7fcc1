namespace BiasDashboard.Web.Data.Entities;

/// <summary>
/// A key fact of an event, written by a teacher for the fact ledger. <see cref="Terms"/> and
/// <see cref="ContradictTerms"/> are comma-separated words or phrases: an outlet states the fact when one of its
/// sentences holds every term, and contradicts it when one holds every contradicting term.
/// </summary>
public sealed class EventFact
{
    public int Id { get; set; }

    public required string EventId { get; set; }

    public required string Statement { get; set; }

    public required string Terms { get; set; }

    public string? ContradictTerms { get; set; }

    public DateTime CreatedAtUtc { get; set; }
}
