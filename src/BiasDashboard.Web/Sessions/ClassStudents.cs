using System.Security.Cryptography;
using BiasDashboard.Web.Data;
using BiasDashboard.Web.Data.Entities;
using Microsoft.AspNetCore.SignalR;
using Microsoft.EntityFrameworkCore;

namespace BiasDashboard.Web.Sessions;

/// <summary>
/// The students' side of a live lesson: joining with the code and a nickname (or rejoining under it), finding a student
/// by their join cookie, and saving their answers. Every change is saved first, then the teacher is told over
/// <see cref="ClassHub"/>.
/// </summary>
public sealed class ClassStudents(
    BiasDbContext db, IHubContext<ClassHub, IClassClient> hub, TimeProvider clock, ClassPresence presence,
    ClassSessionService sessions, SessionActivity activity)
{
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
            await activity.EndIfIdleAsync(session, ct);
        }

        if (session is null || session.EndedAtUtc is not null)
        {
            throw new Requests.CommandRefusedException("there is no running class with that code; check it with your teacher");
        }

        var name = Nickname.Clean(nickname);
        if (name is null || name.Length > Nickname.MaxLength)
        {
            throw new Requests.CommandRefusedException($"choose a nickname of 1 to {Nickname.MaxLength} characters");
        }

        var key = Nickname.Key(name);
        var now = clock.GetUtcNow().UtcDateTime;
        var student = session.Students.FirstOrDefault(s => s.NicknameKey == key);
        var rejoined = student is not null;
        if (student is not null)
        {
            if (await presence.IsOpenAsync(student.Id))
            {
                throw new Requests.CommandRefusedException(
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
            throw new Requests.CommandRefusedException(
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
        var session = student is null ? null : await sessions.FindAsync(student.SessionId, ct);
        return session is null ? null : (student!, session);
    }

    /// <summary>Saves a student's answer on one of the session's articles (replacing an earlier one), then tells the teacher.</summary>
    public async Task RateAsync(SessionStudent student, ClassSession session, StudentAnswer answer, CancellationToken ct)
    {
        SessionActivity.EnsureRunning(session);
        if (SessionLetters.ArticleOf(session, answer.Piece) is not { } articleId)
        {
            throw new Requests.CommandRefusedException("that article is not part of this class");
        }

        if (answer.Tone is not { } tone || answer.Slant is not { } slant)
        {
            throw new Requests.CommandRefusedException("choose a tone and a slant", StatusCodes.Status400BadRequest);
        }

        if (tone is < -2 or > 2 || slant is < -2 or > 2)
        {
            throw new Requests.CommandRefusedException("tone and slant run from -2 to +2");
        }

        var rating = await db.StudentRatings.FirstOrDefaultAsync(r => r.StudentId == student.Id && r.ArticleId == articleId, ct);
        if (rating is null)
        {
            rating = db.StudentRatings
                .Add(new StudentRating { SessionId = session.Id, StudentId = student.Id, ArticleId = articleId }).Entity;
        }

        rating.Tone = tone;
        rating.Slant = slant;
        rating.Highlights = AnswerText.Lines(answer.Highlights, 4000);
        rating.Flags = AnswerText.Lines(answer.Flags, 4000);
        rating.Guess = session.Revealed ? rating.Guess : AnswerText.Optional(answer.Guess, 200); // a guess counts only before the reveal
        rating.FrameSpan = AnswerText.Optional(answer.FrameSpan, 500);
        rating.Frames = AnswerText.Optional(answer.Frames, 200);
        rating.FrameReason = AnswerText.Optional(answer.FrameReason, 200);
        rating.AnsweredAtUtc = clock.GetUtcNow().UtcDateTime;
        await activity.TouchAndSaveAsync(session, ct);
        await hub.Clients.Group(ClassHub.Teachers(session.Id)).RatingsChanged();
    }

    private static string NewToken() => RandomNumberGenerator.GetHexString(48, lowercase: true);
}
