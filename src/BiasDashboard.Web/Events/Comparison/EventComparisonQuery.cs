namespace BiasDashboard.Web.Events.Comparison;

/// <summary>
/// The comparison the event page, its API and the worksheet show: the last one built, marked
/// <see cref="EventComparisonView.Updating"/> while a newer one is being built in the background
/// (<see cref="ComparisonCache"/>, <see cref="ComparisonRebuilder"/>).
/// </summary>
public sealed class EventComparisonQuery(ComparisonCache cache)
{
    public Task<EventComparisonView?> BuildAsync(string eventId, string? by, CancellationToken ct) => cache.GetAsync(eventId, by, ct);
}
