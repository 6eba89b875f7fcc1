namespace BiasDashboard.Web.Operations;

/// <summary>
/// Announces that events were changed and saved: articles uploaded, placed, moved or rescored into them, an event
/// created, edited, merged or deleted, a fact added or removed. The folders that save announce (Events/, Articles/);
/// the folders that derive from events listen, so a writer never calls a reader. Every instance first hears
/// <see cref="ClusterBus.EventsSaved"/> (the comparison cache marks those events' comparisons stale), then this
/// instance's <see cref="IEventChangeListener"/>s run (the dashboard pushes to open pages, which reach every instance
/// through the SignalR backplane). That order matters: a page that fetches the comparison on a push sees it updating.
/// </summary>
public sealed class EventChanges(ClusterBus bus, IEnumerable<IEventChangeListener> listeners, ILogger<EventChanges> logger)
{
    /// <param name="eventIds">The events whose articles, facts or details changed (empty when only the list changed).</param>
    /// <param name="listChanged">The list of events changed: one was added, renamed or deleted, or lost its last article.</param>
    /// <param name="ct">Cancels the announcement, not the saved change.</param>
    public async Task SavedAsync(IReadOnlyCollection<string> eventIds, bool listChanged, CancellationToken ct)
    {
        bus.Publish(ClusterBus.EventsSaved, string.Join('\n', eventIds));
        foreach (var listener in listeners)
        {
            // The change is already saved: a listener that fails must not turn a stored upload into an error.
            try
            {
                await listener.EventsSavedAsync(eventIds, listChanged, ct);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogWarning(e, "{Listener} failed on the change to events {Events}", listener.GetType().Name,
                    string.Join(", ", eventIds));
            }
        }
    }
}

/// <summary>Told by <see cref="EventChanges"/> after events were changed and saved, in the writer's scope.</summary>
public interface IEventChangeListener
{
    /// <inheritdoc cref="EventChanges.SavedAsync"/>
    Task EventsSavedAsync(IReadOnlyCollection<string> eventIds, bool listChanged, CancellationToken ct);
}
