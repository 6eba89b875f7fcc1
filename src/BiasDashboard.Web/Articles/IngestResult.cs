namespace BiasDashboard.Web.Articles;

/// <summary>The outcome for one uploaded file: the stored article's id, or the reason it was refused (and its kind).</summary>
public sealed record IngestResult(string File, int? ArticleId, string? Title, string? Outlet, string? Error,
    RejectionKind? Rejection = null)
{
    public bool Accepted => ArticleId is not null;

    public static IngestResult Refused(string file, string error, RejectionKind kind = RejectionKind.Invalid) =>
        new(file, null, null, null, error, kind);
}
