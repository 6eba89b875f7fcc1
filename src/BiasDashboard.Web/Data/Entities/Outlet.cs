namespace BiasDashboard.Web.Data.Entities;

/// <summary>A news outlet. Names are unique, compared without regard to case.</summary>
public sealed class Outlet
{
    public int Id { get; set; }

    public required string Name { get; set; }

    public string? Domain { get; set; }

    public List<Article> Articles { get; } = [];

    public List<OutletTag> Tags { get; } = [];
}
