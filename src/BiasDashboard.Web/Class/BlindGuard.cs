using BiasDashboard.Web.Data;
using BiasDashboard.Web.Sessions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace BiasDashboard.Web.Class;

/// <summary>
/// Blind means blind: while a browser belongs to a student of a running lesson whose outlets are not yet revealed, it
/// reads only the lesson (its screen, the class hub, the join page, static files). Every other page or API names
/// outlets (/articles/8, /api/articles/8, the comparison, outlet profiles), so a page read is sent back to the lesson
/// and an API read gets 403. Writes are not blocked here: each has its own access check (a student may upload with
/// <c>Uploads:Access=ClassCode</c>, and teacher controls refuse students). The session serves its own articles, masked, on the student's
/// screen.
/// </summary>
public static class BlindGuard
{
    private static readonly string[] Allowed = ["/class", "/join", "/hubs/class", "/lib", "/css", "/js", "/favicon.svg", "/healthz",
        "/account"];

    public static IApplicationBuilder UseBlindLessons(this IApplicationBuilder app) =>
        app.Use(async (context, next) =>
        {
            var token = context.Request.Cookies[StudentCookie.Name];
            var reads = HttpMethods.IsGet(context.Request.Method) || HttpMethods.IsHead(context.Request.Method);
            if (token is null || !reads || Allowed.Any(p => context.Request.Path.StartsWithSegments(p, StringComparison.OrdinalIgnoreCase))
                || !await InBlindLessonAsync(context, token))
            {
                await next(context);
                return;
            }

            if (!context.Request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase))
            {
                context.Response.Redirect("/class");
                return;
            }

            context.Response.StatusCode = StatusCodes.Status403Forbidden;
            context.Response.ContentType = "text/plain; charset=utf-8";
            await context.Response.WriteAsync(
                "Your lesson is blind: the outlets stay hidden until your teacher reveals them. Go back to /class.");
        });

    private static async Task<bool> InBlindLessonAsync(HttpContext context, string token)
    {
        var db = context.RequestServices.GetRequiredService<BiasDbContext>();
        var idle = TimeSpan.FromMinutes(context.RequestServices.GetRequiredService<IOptions<ClassroomOptions>>().Value.IdleMinutes);
        var now = context.RequestServices.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime;
        var session = await db.SessionStudents.AsNoTracking().Where(s => s.Token == token)
            .Join(db.ClassSessions, s => s.SessionId, c => c.Id, (s, c) => new { c.Revealed, c.EndedAtUtc, c.LastActivityUtc })
            .FirstOrDefaultAsync(context.RequestAborted);
        return session is { Revealed: false, EndedAtUtc: null } && now - session.LastActivityUtc <= idle;
    }
}
