namespace BiasDashboard.Web.Outlets;

/// <summary>An outlet with how much of it is stored, and the tags teachers gave it ("reach: hyperlocal").</summary>
public sealed record OutletListItem(
    int Id, string Name, int Articles, int Events, double? MeanCompound, IReadOnlyDictionary<string, string> Tags);
