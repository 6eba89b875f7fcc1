using Microsoft.AspNetCore.Authorization;

namespace BiasDashboard.Web.Accounts;

/// <summary>
/// The one rule for everything teacher-only (endpoints, page folders, page handlers, hub methods): a teacher signed in
/// with the cookie, or a script with the admin token (<see cref="AdminTokenHandler"/>). Endpoints use
/// <see cref="RequireTeacher"/> (<c>RequireAuthorization</c> with it), page folders <c>AuthorizeFolder</c>; a page that
/// anyone may read but only teachers may change asks <see cref="AllowsAsync"/> in its handlers.
/// </summary>
public static class TeacherPolicy
{
    public const string Name = "Teacher";

    /// <summary>
    /// The default authentication scheme: the admin token when the request offers a bearer token, else the sign-in
    /// cookie. So <c>HttpContext.User</c> is the teacher either way, on pages and hubs as on endpoints.
    /// </summary>
    public const string CookieOrToken = "CookieOrAdminToken";

    public static AuthorizationPolicy Build() => new AuthorizationPolicyBuilder(CookieOrToken).RequireRole(Roles.Teacher).Build();

    /// <summary>Whether the caller is a teacher, by the policy; for pages that show teachers more.</summary>
    public static async Task<bool> AllowsAsync(HttpContext context) =>
        (await context.RequestServices.GetRequiredService<IAuthorizationService>().AuthorizeAsync(context.User, Name)).Succeeded;

    /// <summary>
    /// Guards an endpoint with the policy, and says so in the OpenAPI document: 401 (sign in, or the admin token) and
    /// 403 (not a teacher), both problems (see <see cref="TeacherProblems"/>).
    /// </summary>
    public static RouteHandlerBuilder RequireTeacher(this RouteHandlerBuilder builder) =>
        builder.RequireAuthorization(Name)
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden);
}
