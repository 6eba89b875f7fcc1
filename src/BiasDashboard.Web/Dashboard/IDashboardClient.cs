namespace BiasDashboard.Web.Dashboard;

/// <summary>What the server calls on browsers; <c>wwwroot/js/dashboard.js</c> handles the same names.</summary>
public interface IDashboardClient
{
    /// <summary>An event's articles changed: here is its new dashboard.</summary>
    Task EventUpdated(EventDashboard dashboard);

    /// <summary>The list of events changed (one was added or lost its last article): refresh the picker.</summary>
    Task EventsChanged();

    /// <summary>An event's comparison was rebuilt after a change (or the rebuild failed): fetch it again.</summary>
    Task ComparisonReady(ComparisonReady ready);

    /// <summary>Stored articles are being rescored with a new framing lexicon; charts refresh when it is finished.</summary>
    Task RescoreProgress(Lexicon.RescoreStatus status);
}
