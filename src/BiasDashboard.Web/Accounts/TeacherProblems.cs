using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Policy;

namespace BiasDashboard.Web.Accounts;

/// <summary>
/// How a refused API call is answered: a problem that says what to do (sign in, or send the admin token) for 401, and
/// that only teachers may for 403. Pages keep the default: the sign-in page.
/// </summary>
public sealed class TeacherProblems : IAuthorizationMiddlewareResultHandler
{
    public const string SignInFirst =
        "Sign in as a teacher at /account/login, or send 'Authorization: Bearer <admin token>' from a script.";

    public const string TeachersOnly = "Only teachers can make this change.";

    private readonly AuthorizationMiddlewareResultHandler _default = new();

    public async Task HandleAsync(
        RequestDelegate next, HttpContext context, AuthorizationPolicy policy, PolicyAuthorizationResult authorizeResult)
    {
        if (!context.Request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase) || authorizeResult.Succeeded)
        {
            await _default.HandleAsync(next, context, policy, authorizeResult);
            return;
        }

        if (authorizeResult.Forbidden)
        {
            await TypedResults.Problem(detail: TeachersOnly, statusCode: StatusCodes.Status403Forbidden).ExecuteAsync(context);
            return;
        }

        context.Response.Headers.WWWAuthenticate = "Bearer";
        await TypedResults.Problem(detail: SignInFirst, statusCode: StatusCodes.Status401Unauthorized).ExecuteAsync(context);
    }
}
