using System.Security.Claims;
using System.Security.Cryptography;
using BiasDashboard.Web.Data;
using BiasDashboard.Web.Data.Entities;
using Microsoft.AspNetCore.SignalR;
using Microsoft.EntityFrameworkCore;

namespace BiasDashboard.Web.Sessions;

/// <summary>
/// The teacher's side of a live lesson: start a session on an event (join code, blind letters shuffled per session),
/// drive the students' screens, reveal, end. Students join and answer through <see cref="ClassStudents"/>. Every change
/// is saved first, then announced over <see cref="ClassHub"/>. Role checks are at the pages and endpoints calling this.
/// </summary>
public sealed class ClassSessionService(
    BiasDbContext db, IHubContext<ClassHub, IClassClient> hub, TimeProvider clock, SessionActivity activity)
{
    // No 0/O or 1/I/L: a code read off a projector should not be misread.
    private const string CodeAlphabet = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";

    public async Task<ClassSession> StartAsync(LessonPlan plan, string teacherId, CancellationToken ct)
    {
        var inEvent = await db.ArticlesOfEvent(plan.EventId ?? "").AsNoTracking().Select(a => a.Id).ToArrayAsync(ct);
        var chosen = plan.ArticleIds is { Count: > 0 } picked ? inEvent.Where(picked.Contains).ToArray() : inEvent;
        if (chosen.Length == 0)
        {
            throw new Requests.CommandRefusedException(
                inEvent.Length == 0 ? "choose an event that has articles" : "tick at least one of the event's articles");
        }

        if (plan.ExcerptParagraphs is < 1 or > 200)
        {
            throw new Requests.CommandRefusedException("an excerpt is 1 to 200 paragraphs");
        }

        RandomNumberGenerator.Shuffle(chosen.AsSpan()); // letters are shuffled per session: Outlet A is not always the same outlet
        var code = await NewJoinCodeAsync(ct);
        var now = clock.GetUtcNow().UtcDateTime;
        var session = new ClassSession
        {
            EventId = plan.EventId!,
            JoinCode = code,
            TeacherId = teacherId,
            SlantSide = AnswerText.Clip(string.IsNullOrWhiteSpace(plan.SlantSide) ? "one side of the story" : plan.SlantSide.Trim(), 100),
            ArticleOrder = string.Join(',', chosen),
            StudentPaced = plan.StudentPaced,
            ExcerptParagraphs = plan.ExcerptParagraphs,
            StartedAtUtc = now,
            LastActivityUtc = now,
        };
        db.ClassSessions.Add(session);
        await db.SaveChangesAsync(ct);
        return session;
    }

    /// <summary>Whether <paramref name="user"/> is the teacher who started the session.</summary>
    public static bool Owns(ClassSession session, ClaimsPrincipal user) =>
        user.FindFirstValue(ClaimTypes.NameIdentifier) is { } id && string.Equals(session.TeacherId, id, StringComparison.Ordinal);

    /// <summary>The session, ended first if it has been idle too long; null when there is none.</summary>
    public async Task<ClassSession?> FindAsync(int id, CancellationToken ct)
    {
        var session = await db.ClassSessions.Include(s => s.Students).FirstOrDefaultAsync(s => s.Id == id, ct);
        if (session is not null)
        {
            await activity.EndIfIdleAsync(session, ct);
        }

        return session;
    }

    /// <summary>
    /// Shows "waiting", "reading" (students move at their own pace), "comparison", "results" (after the reveal) or
    /// "piece:B" (the session's second article) on every student's screen. The hub message carries the same words:
    /// a letter of this session, never an article's id.
    /// </summary>
    public async Task ShowAsync(ClassSession session, string? screen, CancellationToken ct)
    {
        var valid = screen is "waiting" or "comparison" or "reading" ||
                    screen is "results" && session.Revealed ||
                    screen is not null && screen.StartsWith(SessionLetters.PiecePrefix, StringComparison.Ordinal) &&
                        SessionLetters.ArticleOf(session, screen[SessionLetters.PiecePrefix.Length..]) is not null;
        if (!valid)
        {
            throw new Requests.CommandRefusedException(
                "show 'waiting', 'reading', 'comparison', one of the session's articles, or 'results' after the reveal");
        }

        SessionActivity.EnsureRunning(session);
        session.Screen = screen!;
        await activity.TouchAndSaveAsync(session, ct);
        await hub.Clients.Group(ClassHub.Students(session.Id)).ScreenChanged(session.Screen);
    }

    /// <summary>Reveals the outlets and measured scores; students' screens turn to their own results.</summary>
    public async Task RevealAsync(ClassSession session, CancellationToken ct)
    {
        SessionActivity.EnsureRunning(session);
        session.Revealed = true;
        session.Screen = "results";
        await activity.TouchAndSaveAsync(session, ct);
        await hub.Clients.Groups(ClassHub.Students(session.Id), ClassHub.Teachers(session.Id)).Revealed();
    }

    public async Task EndAsync(ClassSession session, CancellationToken ct)
    {
        if (session.EndedAtUtc is null)
        {
            session.EndedAtUtc = clock.GetUtcNow().UtcDateTime;
            await db.SaveChangesAsync(ct);
        }

        await hub.Clients.Groups(ClassHub.Students(session.Id), ClassHub.Teachers(session.Id)).Ended();
    }

    private async Task<string> NewJoinCodeAsync(CancellationToken ct)
    {
        string code;
        do
        {
            code = RandomNumberGenerator.GetString(CodeAlphabet, 6);
        }
        while (await db.ClassSessions.AnyAsync(s => s.JoinCode == code && s.EndedAtUtc == null, ct)); // unique among running classes

        return code;
    }
}
