using System.Globalization;
using System.Security.Claims;
using System.Security.Cryptography;
using BiasDashboard.Web.Data;
using BiasDashboard.Web.Data.Entities;
using BiasDashboard.Web.Events;
using Microsoft.AspNetCore.SignalR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace BiasDashboard.Web.Sessions;

/// <summary>
/// Runs live lessons: start a session on an event (join code, blind letters shuffled per session), students join with
/// the code and a nickname, the teacher drives their screens, students rate, the teacher reveals and ends. Every change
/// is saved first, then announced over <see cref="ClassHub"/>. Role checks are at the pages and endpoints calling this.
/// </summary>
public sealed class ClassSessionService(
    BiasDbContext db, IHubContext<ClassHub, IClassClient> hub, IOptions<ClassroomOptions> options, TimeProvider clock,
    ClassPresence presence)
{
    // No 0/O or 1/I/L: a code read off a projector should not be misread.
    private const string CodeAlphabet = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";

    public async Task<ClassSession> StartAsync(LessonPlan plan, string teacherId, CancellationToken ct)
    {
        var inEvent = await db.ArticlesOfEvent(plan.EventId ?? "").AsNoTracking().Select(a => a.Id).ToArrayAsync(ct);
        var chosen = plan.ArticleIds is { Count: > 0 } picked ? inEvent.Where(picked.Contains).ToArray() : inEvent;
        if (chosen.Length == 0)
        {
            throw new EventCommandException(
                inEvent.Length == 0 ? "choose an event that has articles" : "tick at least one of the event's articles");
        }

        if (plan.ExcerptParagraphs is < 1 or > 200)
        {
            throw new EventCommandException("an excerpt is 1 to 200 paragraphs");
        }

        RandomNumberGenerator.Shuffle(chosen.AsSpan()); // letters are shuffled per session: Outlet A is not always the same outlet
        string code;
        do
        {
            code = RandomNumberGenerator.GetString(CodeAlphabet, 6);
        }
        while (await db.ClassSessions.AnyAsync(s => s.JoinCode == code && s.EndedAtUtc == null, ct));

        var now = clock.GetUtcNow().UtcDateTime;
        var session = new ClassSession
        {
            EventId = plan.EventId!,
            JoinCode = code,
            TeacherId = teacherId,
            SlantSide = Clip(string.IsNullOrWhiteSpace(plan.SlantSide) ? "one side of the story" : plan.SlantSide.Trim(), 100),
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
            await EndIfIdleAsync(session, ct);
        }

        return session;
    }

    /// <summary>
    /// Joins a running class, or rejoins it under a nickname already taken when nobody has that student's screen open
    /// (a lost cookie, another device): the student keeps their answers, the old cookie stops working, and the teacher
    /// sees the rejoin. Nicknames are compared after <see cref="Nickname.Clean"/>, so invisible characters do not make a new one.
    /// </summary>
    public async Task<(SessionStudent Student, bool Rejoined)> JoinAsync(string? code, string? nickname, CancellationToken ct)
    {
        var clean = (code ?? "").Trim().ToUpperInvariant();
        var session = await db.ClassSessions.Include(s => s.Students)
            .FirstOrDefaultAsync(s => s.JoinCode == clean && s.EndedAtUtc == null, ct);
        if (session is not null)
        {
            await EndIfIdleAsync(session, ct);
        }

        if (session is null || session.EndedAtUtc is not null)
        {
            throw new EventCommandException("there is no running class with that code; check it with your teacher");
        }

        var name = Nickname.Clean(nickname);
        if (name is null || name.Length > Nickname.MaxLength)
        {
            throw new EventCommandException($"choose a nickname of 1 to {Nickname.MaxLength} characters");
        }

        var key = Nickname.Key(name);
        var now = clock.GetUtcNow().UtcDateTime;
        var student = session.Students.FirstOrDefault(s => s.NicknameKey == key);
        var rejoined = student is not null;
        if (student is not null)
        {
            if (await presence.IsOpenAsync(student.Id))
            {
                throw new EventCommandException(
                    $"'{student.Nickname}' is in this class with the page open; " +
                    "if that is you, close that page first, or choose another nickname");
            }

            student.Token = NewToken();
            student.Rejoins++;
        }
        else
        {
            student = new SessionStudent { Nickname = name, NicknameKey = key, Token = NewToken(), JoinedAtUtc = now };
            session.Students.Add(student);
        }

        session.LastActivityUtc = now;
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            throw new EventCommandException(
                $"someone joined as '{name}' at the same moment; choose another nickname"); // the unique key caught a race
        }

        await hub.Clients.Group(ClassHub.Teachers(session.Id)).RosterChanged();
        return (student, rejoined);
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

    /// <summary>
    /// Shows "waiting", "reading" (students move at their own pace), "comparison", "results" (after the reveal) or
    /// "piece:B" (the session's second article) on every student's screen. The hub message carries the same words:
    /// a letter of this session, never an article's id.
    /// </summary>
    public async Task ShowAsync(ClassSession session, string? screen, CancellationToken ct)
    {
        var valid = screen is "waiting" or "comparison" or "reading" ||
                    screen is "results" && session.Revealed ||
                    screen is not null && screen.StartsWith(PiecePrefix, StringComparison.Ordinal) &&
                        ArticleOf(session, screen[PiecePrefix.Length..]) is not null;
        if (!valid)
        {
            throw new EventCommandException(
                "show 'waiting', 'reading', 'comparison', one of the session's articles, or 'results' after the reveal");
        }

        Live(session);
        session.Screen = screen!;
        await TouchAndSaveAsync(session, ct);
        await hub.Clients.Group(ClassHub.Students(session.Id)).ScreenChanged(session.Screen);
    }

    /// <summary>Reveals the outlets and measured scores; students' screens turn to their own results.</summary>
    public async Task RevealAsync(ClassSession session, CancellationToken ct)
    {
        Live(session);
        session.Revealed = true;
        session.Screen = "results";
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
        if (ArticleOf(session, answer.Piece) is not { } articleId)
        {
            throw new EventCommandException("that article is not part of this class");
        }

        if (answer.Tone is not { } tone || answer.Slant is not { } slant)
        {
            throw new EventCommandException("choose a tone and a slant", StatusCodes.Status400BadRequest);
        }

        if (tone is < -2 or > 2 || slant is < -2 or > 2)
        {
            throw new EventCommandException("tone and slant run from -2 to +2");
        }

        var rating = await db.StudentRatings.FirstOrDefaultAsync(r => r.StudentId == student.Id && r.ArticleId == articleId, ct);
        if (rating is null)
        {
            rating = db.StudentRatings
                .Add(new StudentRating { SessionId = session.Id, StudentId = student.Id, ArticleId = articleId }).Entity;
        }

        rating.Tone = tone;
        rating.Slant = slant;
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
    public static IReadOnlyList<string> Order(ClassSession session) =>
        session.ArticleOrder.Split(',', StringSplitOptions.RemoveEmptyEntries);

    /// <summary>"Outlet A", "Outlet B"… for the article at <paramref name="index"/> in the session's order.</summary>
    public static string Letter(int index) => "Outlet " + Handle(index);

    /// <summary>
    /// The opaque handle students' pages and hub messages use for the article at <paramref name="index"/>: its letter in
    /// this session ("A", "B"… "A1" after Z). Letters are shuffled per session, so a handle says nothing about which article it is.
    /// </summary>
    public static string Handle(int index) =>
        (char)('A' + index % 26) + (index >= 26 ? (index / 26).ToString(CultureInfo.InvariantCulture) : "");

    /// <summary>The article behind a handle of this session, or null.</summary>
    public static int? ArticleOf(ClassSession session, string? handle)
    {
        var order = Order(session);
        for (var i = 0; i < order.Count; i++)
        {
            if (string.Equals(Handle(i), handle, StringComparison.Ordinal))
            {
                return int.Parse(order[i], CultureInfo.InvariantCulture);
            }
        }

        return null;
    }

    /// <summary>The handle of the piece a screen shows ("piece:B" → "B"), or null.</summary>
    public static string? PieceOf(string screen) =>
        screen.StartsWith(PiecePrefix, StringComparison.Ordinal) ? screen[PiecePrefix.Length..] : null;

    public const string PiecePrefix = "piece:";

    private static void Live(ClassSession session)
    {
        if (session.EndedAtUtc is not null)
        {
            throw new EventCommandException("this class has ended");
        }
    }

    private async Task EndIfIdleAsync(ClassSession session, CancellationToken ct)
    {
        if (session.EndedAtUtc is null &&
            clock.GetUtcNow().UtcDateTime - session.LastActivityUtc > TimeSpan.FromMinutes(options.Value.IdleMinutes))
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
        Clip(string.Join('\n', (text ?? "")
            .Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).Take(100)), max);

    private static string? Optional(string? text, int max) => string.IsNullOrWhiteSpace(text) ? null : Clip(text.Trim(), max);

    private static string Clip(string text, int max) => text.Length <= max ? text : text[..max];

    private static string NewToken() => RandomNumberGenerator.GetHexString(48, lowercase: true);
}

/// <summary>
/// What a teacher chooses when starting a lesson: the event, which of its articles (none ticked: all),
/// excerpts or whole articles, and who sets the pace.
/// </summary>
public sealed record LessonPlan(
    string? EventId, string? SlantSide, IReadOnlyList<int>? ArticleIds = null, int? ExcerptParagraphs = null, bool StudentPaced = false);

/// <summary>What a student sends for one article, named by its handle in the session ("B"), never by its id.</summary>
public sealed record StudentAnswer(
    string? Piece, int? Tone, int? Slant, string? Highlights, string? Flags, string? Guess = null, string? FrameSpan = null,
    string? Frames = null, string? FrameReason = null);
