using System.Security.Cryptography;
using System.Text;

namespace BiasDashboard.Web.Articles;

/// <summary>
/// Guards destructive API calls until accounts exist (issue #6): the request must carry
/// <c>Authorization: Bearer &lt;Admin:Token&gt;</c>. With no token configured, deleting is switched off;
/// there is no default token anywhere.
/// </summary>
internal static class AdminToken
{
    public const string ConfigKey = "Admin:Token";

    public static RouteHandlerBuilder RequireAdminToken(this RouteHandlerBuilder builder) =>
        builder.AddEndpointFilter(async (context, next) =>
        {
            var configured = context.HttpContext.RequestServices.GetRequiredService<IConfiguration>()[ConfigKey];
            if (string.IsNullOrEmpty(configured))
            {
                return TypedResults.Problem(
                    detail: $"Deleting is switched off on this server; an administrator can enable it by setting {ConfigKey}.",
                    statusCode: StatusCodes.Status403Forbidden);
            }

            var header = context.HttpContext.Request.Headers.Authorization.ToString();
            var given = header.StartsWith("Bearer ", StringComparison.Ordinal) ? header["Bearer ".Length..] : "";
            if (!CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(given), Encoding.UTF8.GetBytes(configured)))
            {
                return TypedResults.Problem(detail: "Send 'Authorization: Bearer <admin token>' to delete.", statusCode: StatusCodes.Status401Unauthorized);
            }

            return await next(context);
        });
}
