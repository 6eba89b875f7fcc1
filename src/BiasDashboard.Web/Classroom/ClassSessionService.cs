using System.Globalization;
using System.Security.Cryptography;
using BiasDashboard.Web.Data;
using BiasDashboard.Web.Data.Entities;
using BiasDashboard.Web.Events;
using Microsoft.AspNetCore.SignalR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace BiasDashboard.Web.Classroom;

/// <summary>
/// Runs live lessons: start a session on an event (join code, blind letters shuffled per session), students join with
/// the code and a nickname, the teacher drives their screens, students rate, the teacher reveals and ends. Every change
/// is saved first, then announced over <see cref="ClassHub"/>. Role checks are at the pages and endpoints calling this.
/// </summary>
public sealed class ClassSessionService(BiasDbContext db, IHubContext<ClassHub, IClassClient> hub, IOptions<ClassroomOptions> options, TimeProvider clock)
{
    // No 0/O or 1/I/L: a code read off a projector should not be misread.
    private const string CodeAlphabet = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";

    public async Task<ClassSession> StartAsync(string? eventId, string? slantSide, string teacherId, CancellationToken ct)
    {
        var articles = await db.ArticlesOfEvent(eventId ?? "").AsNoTracking().Select(a => a.Id).ToArrayAsync(ct);
        if (articles.Length == 0)
        {
            throw new EventCommandException("choose an event that has articles");
        }

        RandomNumberGenerator.Shuffle(articles.AsSpan()); // letters are shuffled per session: Outlet A is not always the same outlet
        string code;
        do
        {
            code = RandomNumberGenerator.GetString(CodeAlphabet, 6);
        }
        while (await db.ClassSessions.AnyAsync(s => s.JoinCode == code && s.EndedAtUtc == null, ct));

        var now = clock.GetUtcNow().UtcDateTime;
        var session = new ClassSession
        {
            EventId = eventId!,
            JoinCode = code,
            TeacherId = teacherId,
            SlantSide = Clip(string.IsNullOrWhiteSpace(slantSide) ? "one side of the story" : slantSide.Trim(), 100),
            ArticleOrder = string.Join(',', articles),
            StartedAtUtc = now,
            LastActivityUtc = now,
        };
        db.ClassSessions.Add(session);
        await db.SaveChangesAsync(ct);
        return session;
    }

    /// <summary>The session, ended first if it has been idle too long; null when there is none.</summary>
    public async Task<ClassSession?> FindAsync(int id, CancellationToken ct)
    {
        var session = await db.ClassSessions.Include(s => s.Students).FirstOrDefaultAsync(s => s.Id == id, ct);
        if (session is not null)
        {
            await EndIfIdleAsync(session, ct);
        }

        return session;
    }

    public async Task<SessionStudent> JoinAsync(string? code, string? nickname, CancellationToken ct)
    {
        var clean = (code ?? "").Trim().ToUpperInvariant();
        var session = await db.ClassSessions.Include(s => s.Students).FirstOrDefaultAsync(s => s.JoinCode == clean && s.EndedAtUtc == null, ct);
        if (session is not null)
        {
            await EndIfIdleAsync(session, ct);
        }

        if (session is null || session.EndedAtUtc is not null)
        {
            throw new EventCommandException("there is no running class with that code; check it with your teacher");
        }

        var name = (nickname ?? "").Trim();
        if (name.Length is 0 or > 40)
        {
            throw new EventCommandException("choose a nickname of 1 to 40 characters");
        }

        if (session.Students.Any(s => string.Equals(s.Nickname, name, StringComparison.OrdinalIgnoreCase)))
        {
            throw new EventCommandException($"someone in this class is already called '{name}'; choose another nickname");
        }

        var student = new SessionStudent { Nickname = name, Token = RandomNumberGenerator.GetHexString(48, lowercase: true), JoinedAtUtc = clock.GetUtcNow().UtcDateTime };
        session.Students.Add(student);
        session.LastActivityUtc = student.JoinedAtUtc;
        await db.SaveChangesAsync(ct);
        await hub.Clients.Group(ClassHub.Teachers(session.Id)).RosterChanged();
        return student;
    }

    /// <summary>The student a join cookie belongs to, with their session; null when the cookie is unknown.</summary>
    public async Task<(SessionStudent Student, ClassSession Session)?> StudentAsync(string? token, CancellationToken ct)
    {
        if (string.IsNullOrEmpty(token))
        {
            return null;
        }

        var student = await db.SessionStudents.FirstOrDefaultAsync(s => s.Token == token, ct);
        var session = student is null ? null : await FindAsync(student.SessionId, ct);
        return session is null ? null : (student!, session);
    }

    /// <summary>Shows "waiting", "comparison" or "article:{id}" (an article of the session) on every student's screen.</summary>
    public async Task ShowAsync(ClassSession session, string? screen, CancellationToken ct)
    {
        var valid = screen is "waiting" or "comparison" ||
                    screen is not null && screen.StartsWith("article:", StringComparison.Ordinal) && Order(session).Contains(screen["article:".Length..]);
        if (!valid)
        {
            throw new EventCommandException("show 'waiting', 'comparison' or one of the session's articles");
        }

        Live(session);
        session.Screen = screen!;
        await TouchAndSaveAsync(session, ct);
        await hub.Clients.Group(ClassHub.Students(session.Id)).ScreenChanged(session.Screen);
    }

    public async Task RevealAsync(ClassSession session, CancellationToken ct)
    {
        session.Revealed = true;
        await TouchAndSaveAsync(session, ct);
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

    /// <summary>Saves a student's answer on one of the session's articles (replacing an earlier one), then tells the teacher.</summary>
    public async Task RateAsync(SessionStudent student, ClassSession session, StudentAnswer answer, CancellationToken ct)
    {
        Live(session);
        if (!Order(session).Contains(answer.ArticleId.ToString(CultureInfo.InvariantCulture)))
        {
            throw new EventCommandException("that article is not part of this class");
        }

        if (answer.Tone is < -2 or > 2 || answer.Slant is < -2 or > 2)
        {
            throw new EventCommandException("tone and slant run from -2 to +2");
        }

        var rating = await db.StudentRatings.FirstOrDefaultAsync(r => r.StudentId == student.Id && r.ArticleId == answer.ArticleId, ct);
        if (rating is null)
        {
            rating = db.StudentRatings.Add(new StudentRating { SessionId = session.Id, StudentId = student.Id, ArticleId = answer.ArticleId }).Entity;
        }

        rating.Tone = answer.Tone;
        rating.Slant = answer.Slant;
        rating.Highlights = Lines(answer.Highlights, 4000);
        rating.Flags = Lines(answer.Flags, 4000);
        rating.Guess = session.Revealed ? rating.Guess : Optional(answer.Guess, 200); // a guess counts only before the reveal
        rating.FrameSpan = Optional(answer.FrameSpan, 500);
        rating.Frames = Optional(answer.Frames, 200);
        rating.FrameReason = Optional(answer.FrameReason, 200);
        rating.AnsweredAtUtc = clock.GetUtcNow().UtcDateTime;
        await TouchAndSaveAsync(session, ct);
        await hub.Clients.Group(ClassHub.Teachers(session.Id)).RatingsChanged();
    }

    /// <summary>The session's articles in letter order (A first).</summary>
    public static IReadOnlyList<string> Order(ClassSession session) => session.ArticleOrder.Split(',', StringSplitOptions.RemoveEmptyEntries);

    /// <summary>"Outlet A", "Outlet B"… for the article at <paramref name="index"/> in the session's order.</summary>
    public static string Letter(int index) => "Outlet " + (char)('A' + index % 26) + (index >= 26 ? (index / 26).ToString(CultureInfo.InvariantCulture) : "");

    private static void Live(ClassSession session)
    {
        if (session.EndedAtUtc is not null)
        {
            throw new EventCommandException("this class has ended");
        }
    }

    private async Task EndIfIdleAsync(ClassSession session, CancellationToken ct)
    {
        if (session.EndedAtUtc is null && clock.GetUtcNow().UtcDateTime - session.LastActivityUtc > TimeSpan.FromMinutes(options.Value.IdleMinutes))
        {
            session.EndedAtUtc = session.LastActivityUtc.AddMinutes(options.Value.IdleMinutes);
            await db.SaveChangesAsync(ct);
        }
    }

    private async Task TouchAndSaveAsync(ClassSession session, CancellationToken ct)
    {
        session.LastActivityUtc = clock.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(ct);
    }

    private static string Lines(string? text, int max) =>
        Clip(string.Join('\n', (text ?? "").Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).Take(100)), max);

    private static string? Optional(string? text, int max) => string.IsNullOrWhiteSpace(text) ? null : Clip(text.Trim(), max);

    private static string Clip(string text, int max) => text.Length <= max ? text : text[..max];
}

/// <summary>What a student sends for one article.</summary>
public sealed record StudentAnswer(
    int ArticleId, int Tone, int Slant, string? Highlights, string? Flags, string? Guess = null, string? FrameSpan = null, string? Frames = null, string? FrameReason = null);
