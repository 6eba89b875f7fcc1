namespace BiasDashboard.Web.Articles;

/// <summary>
/// What the uploader says about an article, beside its text. Given fields win over what the file says
/// (front matter, HTML meta tags); <see cref="NewEventTitle"/> creates an event and adds the article to it.
/// </summary>
public sealed record ArticleDetails(
    string? Outlet = null,
    string? Title = null,
    DateOnly? Published = null,
    string? Url = null,
    IReadOnlyList<string>? EventIds = null,
    string? NewEventTitle = null,
    string? Author = null)
{
    public static ArticleDetails None { get; } = new();
}
