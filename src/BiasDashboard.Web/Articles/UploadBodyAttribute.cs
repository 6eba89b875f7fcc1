using BiasDashboard.Web.Requests;

namespace BiasDashboard.Web.Articles;

/// <summary>Marks a Razor page (the upload form) as taking the upload limit instead of the default one.</summary>
public sealed class UploadBodyAttribute : BodyLimitAttribute
{
    public override (long Limit, string Message) For(HttpContext context) => UploadLimits.Multipart(context);
}
