using BiasDashboard.Web.Sessions;
using Microsoft.Extensions.Options;

namespace BiasDashboard.Web.Articles;

/// <summary>Applies <see cref="UploadOptions.Access"/> on the server, to the upload API and the upload form alike.</summary>
public static class UploadGate
{
    public static async Task<string?> RefusalAsync(HttpContext context, CancellationToken ct)
    {
        var access = context.RequestServices.GetRequiredService<IOptions<UploadOptions>>().Value.Access;
        if (access == UploadAccess.Open || context.User.Identity?.IsAuthenticated == true) // a signed-in account, or the admin token
        {
            return null;
        }

        if (access == UploadAccess.ClassCode &&
            await context.RequestServices.GetRequiredService<ClassStudents>()
                .StudentAsync(context.Request.Cookies[StudentCookie.Name], ct) is { Session.EndedAtUtc: null })
        {
            return null;
        }

        return access == UploadAccess.Account
            ? "Uploading needs an account on this server: sign in first."
            : "Uploading needs an account or a class join code on this server: sign in, or join your class at /join first.";
    }

    public static RouteHandlerBuilder RequireUploadAccess(this RouteHandlerBuilder builder) =>
        builder.AddEndpointFilter(async (context, next) =>
            await RefusalAsync(context.HttpContext, context.HttpContext.RequestAborted) is { } refusal
                ? TypedResults.Problem(detail: refusal, statusCode: StatusCodes.Status401Unauthorized)
                : await next(context));
}
