using System.Security.Cryptography;
using System.Text;

namespace BiasDashboard.Web.Articles;

/// <summary>
/// Guards the API calls that change or delete what others see, until accounts exist (issue #6): the request must carry
/// <c>Authorization: Bearer &lt;Admin:Token&gt;</c>. With no token configured, those calls are switched off;
/// there is no default token anywhere.
/// </summary>
public static class AdminToken
{
    public const string ConfigKey = "Admin:Token";

    /// <summary>Whether <paramref name="given"/> is the configured admin token (constant-time; false when none is configured).</summary>
    public static bool Matches(string? configured, string? given) =>
        !string.IsNullOrEmpty(configured) && !string.IsNullOrEmpty(given) &&
        CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(given), Encoding.UTF8.GetBytes(configured));

    public static RouteHandlerBuilder RequireAdminToken(this RouteHandlerBuilder builder) =>
        builder.AddEndpointFilter(async (context, next) =>
        {
            var configured = context.HttpContext.RequestServices.GetRequiredService<IConfiguration>()[ConfigKey];
            if (string.IsNullOrEmpty(configured))
            {
                return TypedResults.Problem(
                    detail: $"Changes like this are switched off on this server; an administrator can enable them by setting {ConfigKey}.",
                    statusCode: StatusCodes.Status403Forbidden);
            }

            var header = context.HttpContext.Request.Headers.Authorization.ToString();
            var given = header.StartsWith("Bearer ", StringComparison.Ordinal) ? header["Bearer ".Length..] : "";
            if (!Matches(configured, given))
            {
                return TypedResults.Problem(detail: "Send 'Authorization: Bearer <admin token>' to make this change.", statusCode: StatusCodes.Status401Unauthorized);
            }

            return await next(context);
        });
}
