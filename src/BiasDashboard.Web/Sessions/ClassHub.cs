using BiasDashboard.Web.Accounts;
using BiasDashboard.Web.Data;
using Microsoft.AspNetCore.SignalR;
using Microsoft.EntityFrameworkCore;

namespace BiasDashboard.Web.Sessions;

/// <summary>
/// <c>/hubs/class</c>: one group for a session's teacher screens and one for its students. A teacher joins a session's
/// teacher group only when signed in as a teacher; a student only the session of the join cookie they carry.
/// </summary>
public sealed class ClassHub(BiasDbContext db, ClassPresence presence) : Hub<IClassClient>
{
    public const string Path = "/hubs/class";

    public static string Teachers(int sessionId) => $"class:{sessionId}:teacher";

    public static string Students(int sessionId) => $"class:{sessionId}:students";

    public async Task WatchAsTeacher(int sessionId)
    {
        if (Context.GetHttpContext() is not { } http || !TeacherOnly.IsTeacher(http))
        {
            throw new HubException("Only a signed-in teacher can watch a session's answers.");
        }

        var session = await db.ClassSessions.AsNoTracking().FirstOrDefaultAsync(s => s.Id == sessionId);
        if (session is null || !ClassSessionService.Owns(session, http.User))
        {
            throw new HubException("This class belongs to another teacher.");
        }

        await Groups.AddToGroupAsync(Context.ConnectionId, Teachers(sessionId));
    }

    public async Task WatchAsStudent()
    {
        var token = Context.GetHttpContext()?.Request.Cookies[StudentCookie.Name];
        var student = token is null ? null : await db.SessionStudents.AsNoTracking().FirstOrDefaultAsync(s => s.Token == token);
        if (student is null)
        {
            throw new HubException("Join the class first, with its code.");
        }

        await Groups.AddToGroupAsync(Context.ConnectionId, Students(student.SessionId));
        if (!Context.Items.ContainsKey("student"))
        {
            Context.Items["student"] = student.Id;
            presence.Opened(student.Id);
        }
    }

    public override Task OnDisconnectedAsync(Exception? exception)
    {
        if (Context.Items.TryGetValue("student", out var id) && id is int student)
        {
            presence.Closed(student);
        }

        return base.OnDisconnectedAsync(exception);
    }
}

/// <summary>The cookie that says which student a browser is: a random token, HttpOnly, for this site only.</summary>
public static class StudentCookie
{
    public const string Name = "biasdashboard.student";
}
