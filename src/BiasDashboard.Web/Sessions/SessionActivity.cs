using BiasDashboard.Web.Data;
using BiasDashboard.Web.Data.Entities;
using Microsoft.Extensions.Options;

namespace BiasDashboard.Web.Sessions;

/// <summary>
/// When a session was last touched, and its end when nobody has touched it for <see cref="ClassroomOptions.IdleMinutes"/>:
/// shared by the teacher's commands and the students' answers.
/// </summary>
public sealed class SessionActivity(BiasDbContext db, IOptions<ClassroomOptions> options, TimeProvider clock)
{
    /// <summary>Refuses any change to a session that has ended.</summary>
    public static void EnsureRunning(ClassSession session)
    {
        if (session.EndedAtUtc is not null)
        {
            throw new Requests.CommandRefusedException("this class has ended");
        }
    }

    /// <summary>Ends the session as of its last activity plus the idle time, when that time has passed.</summary>
    public async Task EndIfIdleAsync(ClassSession session, CancellationToken ct)
    {
        if (session.EndedAtUtc is null &&
            clock.GetUtcNow().UtcDateTime - session.LastActivityUtc > TimeSpan.FromMinutes(options.Value.IdleMinutes))
        {
            session.EndedAtUtc = session.LastActivityUtc.AddMinutes(options.Value.IdleMinutes);
            await db.SaveChangesAsync(ct);
        }
    }

    /// <summary>Marks the session active now and saves every pending change with it.</summary>
    public async Task TouchAndSaveAsync(ClassSession session, CancellationToken ct)
    {
        session.LastActivityUtc = clock.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(ct);
    }
}
