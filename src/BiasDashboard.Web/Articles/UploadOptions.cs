using System.ComponentModel.DataAnnotations;

namespace BiasDashboard.Web.Articles;

/// <summary>Upload limits (configuration section <c>Uploads</c>).</summary>
public sealed class UploadOptions
{
    public const string SectionName = "Uploads";

    /// <summary>Largest accepted file, in bytes (default 2 MB). Larger files are refused by name; the others still go in.</summary>
    [Range(typeof(long), "1", "1073741824")]
    public long MaxFileBytes { get; set; } = 2 * 1024 * 1024;

    /// <summary>Most files in one upload request.</summary>
    [Range(1, 10_000)]
    public int MaxFilesPerRequest { get; set; } = 25;

    /// <summary>Largest whole request body: every file at its limit, plus room for the form fields.</summary>
    public long MaxRequestBytes => MaxFileBytes * MaxFilesPerRequest + 1024 * 1024;

    /// <summary>
    /// Most form entries (fields and files together) in one upload form (default 200). Beyond it the form is refused
    /// with 413 before it is read further.
    /// </summary>
    [Range(1, 100_000)]
    public int MaxFormValues { get; set; } = 200;

    /// <summary>
    /// Largest JSON upload body, in bytes (default three times <see cref="MaxFileBytes"/>: JSON writers may escape
    /// every non-ASCII letter as six bytes). The decoded text is then held to <see cref="MaxFileBytes"/>.
    /// </summary>
    public long MaxJsonBytes => MaxFileBytes * 3 + 64 * 1024;

    /// <summary>
    /// Who may upload: anyone (<see cref="UploadAccess.Open"/>, the default), signed-in accounts, or also students of a running class.
    /// </summary>
    public UploadAccess Access { get; set; } = UploadAccess.Open;
}

/// <summary>Who may add articles (setting <c>Uploads:Access</c>).</summary>
public enum UploadAccess
{
    /// <summary>Anyone who can reach the site.</summary>
    Open,

    /// <summary>Signed-in accounts only.</summary>
    Account,

    /// <summary>Signed-in accounts, and students who joined a running class with its code.</summary>
    ClassCode,
}
