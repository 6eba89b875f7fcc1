namespace BiasDashboard.Web.Articles;

/// <summary>The seed corpus (configuration section <c>Seeds</c>).</summary>
public sealed class SeedOptions
{
    public const string SectionName = "Seeds";

    /// <summary>Import <c>seeds/</c> when the database holds no article yet (default true).</summary>
    public bool ImportOnEmptyDatabase { get; set; } = true;

    /// <summary>The folder with <c>manifest.json</c>; by default the repository's (or the publish folder's) <c>seeds/</c>.</summary>
    public string? Directory { get; set; }
}
