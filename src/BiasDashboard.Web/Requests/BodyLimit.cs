namespace BiasDashboard.Web.Requests;

/// <summary>
/// Endpoint metadata: the largest body this endpoint reads and the message for one over it, worked out per request
/// (an upload endpoint allows more for multipart files than for JSON). <see cref="BodyLimitMiddleware"/> applies it
/// before anything reads the body.
/// </summary>
public sealed class BodyLimit(Func<HttpContext, (long Limit, string Message)> limit)
{
    public (long Limit, string Message) For(HttpContext context) => limit(context);

    public static string InMegabytes(long bytes) =>
        (bytes / 1024.0 / 1024.0)
            .ToString(bytes % (1024 * 1024) == 0 ? "F0" : "F1", System.Globalization.CultureInfo.InvariantCulture) + " MB";
}

/// <summary>A Razor page's own body limit (the upload form's), as an attribute on its model.</summary>
[AttributeUsage(AttributeTargets.Class)]
public abstract class BodyLimitAttribute : Attribute
{
    public abstract (long Limit, string Message) For(HttpContext context);
}
