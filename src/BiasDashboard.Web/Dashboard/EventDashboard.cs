using BiasDashboard.Web.Charts;

namespace BiasDashboard.Web.Dashboard;

/// <summary>
/// Everything the dashboard shows for one event, as pushed to browsers and served by
/// <c>GET /api/events/{id}/comparison</c> (there with the event's comparison added, by Events/). <see cref="Version"/>
/// grows with every change, so a page can ignore a push older than what it already shows.
/// </summary>
public record EventDashboard(
    string EventId,
    string Title,
    DateOnly? Date,
    long Version,
    IReadOnlyList<OutletSummary> Outlets,
    IReadOnlyList<ArticleRow> Articles,
    DashboardFigures Figures,
    FramingSummary Framing)
{
    /// <summary>The outlet tag axis the outlets are pooled by (each "outlet" is then a value on it), or null for one per outlet.</summary>
    public string? GroupedBy { get; init; }

    /// <summary>
    /// Served from the cache while a newer dashboard is being built after a change (its <see cref="Version"/> is then
    /// older than the change): a <c>ComparisonReady</c> push for the dashboard part follows when the new one is kept.
    /// </summary>
    public bool Updating { get; init; }
}

/// <summary>
/// One outlet's coverage of the event: its articles' sentences pooled. <see cref="Low"/>/<see cref="High"/> are
/// the 95% confidence interval of the mean sentence compound, clipped to the compound's own range of −1 to +1
/// (null with fewer than two sentences). <see cref="Colour"/> stays the same while outlets are added.
/// </summary>
public sealed record OutletSummary(
    string Outlet,
    string Colour,
    int Articles,
    int Sentences,
    double MeanCompound,
    double? Low,
    double? High,
    double SharePositive,
    double ShareNeutral,
    double ShareNegative);

/// <summary>An article in the event's table.</summary>
public sealed record ArticleRow(int Id, string Title, string Outlet, int OutletId, DateOnly? Published, string? Url, int Sentences,
    double MeanCompound);

/// <summary>The three charts, each with the plain-language caption shown (and read aloud) under it.</summary>
public sealed record DashboardFigures(CaptionedFigure Compound, CaptionedFigure Shares, CaptionedFigure Arc);
