using BiasDashboard.Web.Requests;
using Microsoft.Extensions.Options;

namespace BiasDashboard.Web.Articles;

/// <summary>The body limits of the upload endpoints and the upload form, from <see cref="UploadOptions"/>.</summary>
public static class UploadLimits
{
    /// <summary>
    /// Multipart uploads: every file at its limit plus room for the fields; JSON: <see cref="UploadOptions.MaxJsonBytes"/>.
    /// </summary>
    public static TBuilder WithUploadBodyLimit<TBuilder>(this TBuilder builder) where TBuilder : IEndpointConventionBuilder =>
        builder.WithMetadata(new BodyLimit(For));

    public static (long Limit, string Message) For(HttpContext context) =>
        context.Request.HasJsonContentType() ? Json(context) : Multipart(context);

    public static (long Limit, string Message) Multipart(HttpContext context)
    {
        var options = Options(context);
        return (options.MaxRequestBytes, $"The upload is larger than {BodyLimit.InMegabytes(options.MaxRequestBytes)} in all: " +
                                         $"send at most {options.MaxFilesPerRequest} files of " +
                                         $"{BodyLimit.InMegabytes(options.MaxFileBytes)} at a time.");
    }

    private static (long Limit, string Message) Json(HttpContext context)
    {
        var options = Options(context);
        return (options.MaxJsonBytes, $"The JSON body is larger than {BodyLimit.InMegabytes(options.MaxJsonBytes)}: " +
                                      $"an article's text may be at most {BodyLimit.InMegabytes(options.MaxFileBytes)}.");
    }

    private static UploadOptions Options(HttpContext context) =>
        context.RequestServices.GetRequiredService<IOptions<UploadOptions>>().Value;
}
