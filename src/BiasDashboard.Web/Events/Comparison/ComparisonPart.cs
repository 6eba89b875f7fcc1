namespace BiasDashboard.Web.Events.Comparison;

/// <summary>The two things kept per event and tag axis.</summary>
public enum ComparisonPart
{
    /// <summary>The side-by-side comparison (<see cref="EventComparisonView"/>): voices, actors, ledger, differences.</summary>
    Comparison,

    /// <summary>The dashboard (<see cref="Dashboard.EventDashboard"/>): per-outlet tone, shares, arcs and framing.</summary>
    Dashboard,
}
