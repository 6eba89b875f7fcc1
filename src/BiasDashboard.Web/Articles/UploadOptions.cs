namespace BiasDashboard.Web.Articles;

/// <summary>Upload limits (configuration section <c>Uploads</c>).</summary>
public sealed class UploadOptions
{
    public const string SectionName = "Uploads";

    /// <summary>Largest accepted file, in bytes (default 2 MB). Larger files are refused by name; the others still go in.</summary>
    public long MaxFileBytes { get; set; } = 2 * 1024 * 1024;

    /// <summary>Most files in one upload request.</summary>
    public int MaxFilesPerRequest { get; set; } = 25;

    /// <summary>Largest whole request body: every file at its limit, plus room for the form fields.</summary>
    public long MaxRequestBytes => MaxFileBytes * MaxFilesPerRequest + 1024 * 1024;
}
