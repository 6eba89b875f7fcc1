namespace BiasDashboard.Web.Events;

/// <summary>An event with its coverage: how many articles, from how many outlets.</summary>
public sealed record EventListItem(string Id, string Title, DateOnly? Date, int Articles, int Outlets);
