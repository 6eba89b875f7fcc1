using System.ComponentModel.DataAnnotations;

namespace BiasDashboard.Web.Requests;

/// <summary>Request limits that apply to every endpoint (configuration section <c>Requests</c>).</summary>
public sealed class RequestLimitOptions
{
    public const string SectionName = "Requests";

    /// <summary>
    /// Largest request body, in bytes, for every endpoint that sets no limit of its own (default 4 MB: a lexicon file,
    /// a form, a JSON command). The upload endpoints set theirs from Articles/UploadOptions.cs.
    /// </summary>
    [Range(typeof(long), "1", "1073741824")]
    public long MaxBodyBytes { get; set; } = 4L * 1024 * 1024;
}
