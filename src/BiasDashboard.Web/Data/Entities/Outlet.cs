namespace BiasDashboard.Web.Data.Entities;

/// <summary>A news outlet. Names are unique, compared without regard to case.</summary>
public sealed class Outlet
{
    public int Id { get; set; }

    public required string Name { get; set; }

    public string? Domain { get; set; }

    /// <summary>How many articles of the outlet are stored; kept by <see cref="CoverageCounts"/> on every change.</summary>
    public int ArticleCount { get; set; }

    /// <summary>How many events its articles are filed under; kept by <see cref="CoverageCounts"/>.</summary>
    public int EventCount { get; set; }

    /// <summary>The mean of its articles' mean compound scores, null without articles; kept by <see cref="CoverageCounts"/>.</summary>
    public double? MeanCompound { get; set; }

    public List<Article> Articles { get; } = [];

    public List<OutletTag> Tags { get; } = [];
}
