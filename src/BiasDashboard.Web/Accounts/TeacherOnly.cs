namespace BiasDashboard.Web.Accounts;

/// <summary>
/// The server-side role check on every teacher-only endpoint and form: a signed-in teacher, or a script carrying the
/// admin token. Anonymous callers get 401, signed-in non-teachers 403, each with what to do.
/// </summary>
public static class TeacherOnly
{
    public static bool IsTeacher(HttpContext context) =>
        context.User.IsInRole(Roles.Teacher) || AdminToken.Carries(context);

    public static RouteHandlerBuilder RequireTeacher(this RouteHandlerBuilder builder) =>
        builder.AddEndpointFilter(async (context, next) =>
        {
            var http = context.HttpContext;
            if (IsTeacher(http))
            {
                return await next(context);
            }

            return http.User.Identity?.IsAuthenticated == true
                ? TypedResults.Problem(detail: "Only teachers can make this change.", statusCode: StatusCodes.Status403Forbidden)
                : TypedResults.Problem(
                    detail: "Sign in as a teacher at /account/login, or send 'Authorization: Bearer <admin token>' from a script.",
                    statusCode: StatusCodes.Status401Unauthorized);
        });
}
