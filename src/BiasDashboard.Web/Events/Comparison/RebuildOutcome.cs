namespace BiasDashboard.Web.Events.Comparison;

/// <summary>What a background rebuild came to.</summary>
public enum RebuildOutcome
{
    /// <summary>Already current, no longer cached, or the event is gone.</summary>
    NothingToDo,

    /// <summary>A current comparison is stored: tell the watchers.</summary>
    Ready,

    /// <summary>Stored, but the event changed during the build; it is queued again.</summary>
    ChangedMeanwhile,

    /// <summary>The build failed; the last good comparison stays, marked with the failure.</summary>
    Failed,
}
