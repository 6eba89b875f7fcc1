namespace BiasDashboard.Web.Sessions;

/// <summary>
/// What a teacher chooses when starting a lesson: the event, which of its articles (none ticked: all),
/// excerpts or whole articles, and who sets the pace.
/// </summary>
public sealed record LessonPlan(
    string? EventId, string? SlantSide, IReadOnlyList<int>? ArticleIds = null, int? ExcerptParagraphs = null, bool StudentPaced = false);
