namespace BiasDashboard.Web;

/// <summary>Uploaded URLs are hostile: only absolute http and https links are ever rendered as links.</summary>
public static class SafeLinks
{
    public static string? Http(string? url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)
            ? uri.AbsoluteUri
            : null;
}
