namespace BiasDashboard.Web.Articles;

/// <summary>An upload was refused; <see cref="Exception.Message"/> says why in words a user can act on. Nothing was stored.</summary>
public sealed class ArticleRejectedException(string message, RejectionKind kind = RejectionKind.Invalid, Exception? inner = null)
    : Exception(message, inner)
{
    public RejectionKind Kind { get; } = kind;
}

/// <summary>Why an upload was refused, which decides the HTTP status.</summary>
public enum RejectionKind
{
    /// <summary>Empty, binary, undecodable, malformed front matter, no outlet, unknown event: 422.</summary>
    Invalid,

    /// <summary>Over the size limit: 413.</summary>
    TooLarge,

    /// <summary>A file format the parser does not read: 415.</summary>
    UnsupportedFormat,
}
