using Microsoft.AspNetCore.Authorization;

namespace BiasDashboard.Web.Accounts;

/// <summary>
/// The one rule for everything teacher-only (endpoints, page folders, page handlers, hub methods): a teacher signed in
/// with the cookie, or a script with the admin token (<see cref="AdminTokenHandler"/>). Endpoints use
/// <c>RequireAuthorization(TeacherPolicy.Name)</c>, page folders <c>AuthorizeFolder</c>; a page that anyone may read
/// but only teachers may change asks <see cref="AllowsAsync"/> in its handlers.
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
}
