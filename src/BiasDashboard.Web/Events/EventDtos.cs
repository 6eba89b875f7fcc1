namespace BiasDashboard.Web.Events;

/// <summary>The body of <c>POST /api/events</c> and <c>PUT /api/events/{id}</c>.</summary>
public sealed record EventEdit(string? Title, DateOnly? Date, string? Description);

/// <summary>The body of <c>POST /api/events/{id}/merge</c>: the event that receives the articles.</summary>
public sealed record EventMerge(string? Into);

/// <summary>
/// The body of <c>POST /api/events/{id}/facts</c>: a statement and comma-separated terms that find it (and contradict it).
/// </summary>
public sealed record EventFactEdit(string? Statement, string? Terms, string? ContradictTerms);

/// <summary>The body of <c>PUT /api/articles/{id}/events</c>.</summary>
public sealed record ArticleEventsEdit(IReadOnlyList<string>? EventIds);

/// <summary>A stored event as the API returns it.</summary>
public sealed record EventSummary(string Id, string Title, DateOnly? Date, string? Description);

/// <summary>
/// One article of an upload, as <c>POST /api/articles/plan</c> would place it, nothing stored: the file (and for a
/// listing page, which of its <see cref="Parts"/> articles, from 0), headline, outlet and date, and the suggested existing
/// event or proposed new one (a neutral name, the earliest date, and the group of uploads it shares), with the
/// <see cref="Reason"/> a person can check. <see cref="Missing"/> lists what the file does not say (title, date,
/// outlet) so the uploader can fill it in before storing. <see cref="Error"/> says why a file cannot be read.
/// </summary>
public sealed record PlannedArticle(
    string File, int? Part, int Parts, string? Title, DateOnly? Published, SuggestedEvent? Existing, string? NewEventTitle,
    int? NewGroup, string? Error, string? Outlet = null, DateOnly? NewEventDate = null,
    BiasDashboard.Analysis.Events.PlacementReason? Reason = null, IReadOnlyList<string>? Missing = null);
