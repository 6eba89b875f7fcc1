namespace BiasDashboard.Web.Catalog;

/// <summary>An outlet with how much of it is stored, and the tags teachers gave it ("reach: hyperlocal").</summary>
public sealed record OutletListItem(int Id, string Name, int Articles, int Events, double? MeanCompound, IReadOnlyDictionary<string, string> Tags);

/// <summary>An event with its coverage: how many articles, from how many outlets.</summary>
public sealed record EventListItem(string Id, string Title, DateOnly? Date, int Articles, int Outlets);
