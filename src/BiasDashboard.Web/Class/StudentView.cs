using System.Globalization;
using BiasDashboard.Analysis.Classroom;
using BiasDashboard.Web.Data;
using BiasDashboard.Web.Data.Entities;
using BiasDashboard.Web.Sessions;
using Microsoft.EntityFrameworkCore;

namespace BiasDashboard.Web.Class;

/// <summary>
/// What a student's screen shows now. Articles are named by their handle in the session ("A", "B"…), never by id.
/// Until the reveal every outlet is a letter, and its name, short forms, web address, links and the author are masked
/// in the headline and every sentence (the letters also replace the other outlets of the lesson where a text names
/// them). In a student-paced lesson the student picks the piece; after the reveal they see their own results.
/// </summary>
public sealed class StudentViewQuery(BiasDbContext db)
{
    public async Task<StudentView> BuildAsync(ClassSession session, SessionStudent student, string? chosenPiece, CancellationToken ct)
    {
        var order = SessionLetters.Order(session).Select(x => int.Parse(x, CultureInfo.InvariantCulture)).ToList();
        var articles = (await db.Articles.AsNoTracking().Where(a => order.Contains(a.Id))
                .Select(a => new
                {
                    a.Id,
                    a.Title,
                    a.Author,
                    a.Url,
                    a.Body,
                    a.MeanCompound,
                    a.LoadedLanguageIndex,
                    a.WordCount,
                    Outlet = a.Outlet.Name,
                    a.Outlet.Domain
                })
                .ToListAsync(ct))
            .OrderBy(a => order.IndexOf(a.Id)).ToList();
        var handles = articles.Select((a, i) => (a.Id, Handle: SessionLetters.Handle(i))).ToDictionary(x => x.Id, x => x.Handle);
        var maskers = articles.Select(a => OutletMasker.For(a.Outlet, a.Domain ?? HostOf(a.Url), a.Author, "Outlet " + handles[a.Id]))
            .ToList();
        string Mask(string text) => session.Revealed ? text : maskers.Aggregate(text, (t, mask) => mask(t));
        string Name(int id) => session.Revealed ? $"Outlet {handles[id]}: {articles.First(a => a.Id == id).Outlet}"
            : "Outlet " + handles[id];

        var ratings = await db.StudentRatings.AsNoTracking().Where(r => r.SessionId == session.Id).ToListAsync(ct);
        var mine = ratings.Where(r => r.StudentId == student.Id).ToDictionary(r => r.ArticleId);
        var outlets = articles.Select(a => a.Outlet).Distinct().Order(StringComparer.OrdinalIgnoreCase).ToList();
        var pieces = articles.Select(a => new PieceLink(handles[a.Id], Name(a.Id), mine.ContainsKey(a.Id))).ToList();
        var overview = articles.Select(a => new OverviewRow(Name(a.Id), Mask(a.Title),
            session.Revealed ? a.MeanCompound : null, session.Revealed ? a.LoadedLanguageIndex : null,
            ratings.Where(r => r.ArticleId == a.Id).Select(r => (double)r.Tone).DefaultIfEmpty(double.NaN).Average())).ToList();

        // Which piece is on the screen: the teacher's choice, or in a student-paced lesson the student's (first unanswered by default).
        var screen = session.Screen;
        var piece = SessionLetters.PieceOf(screen);
        if (screen == "reading")
        {
            piece = pieces.Any(p => p.Handle == chosenPiece) ? chosenPiece : pieces.FirstOrDefault(p => !p.Answered)?.Handle
                ?? pieces.FirstOrDefault()?.Handle;
        }

        StudentArticle? shown = null;
        if (SessionLetters.ArticleOf(session, piece) is { } id && articles.FirstOrDefault(a => a.Id == id) is { } article)
        {
            var sentences = await db.Sentences.AsNoTracking().Where(s => s.ArticleId == id).OrderBy(s => s.Index)
                .Select(s => new { s.Index, s.Start, s.Length, s.Paragraph }).ToListAsync(ct);
            var paragraphs = sentences.Select(s => s.Paragraph).Distinct().ToList();
            var kept = session.ExcerptParagraphs is { } n ? paragraphs.Take(n).ToHashSet() : paragraphs.ToHashSet();
            var read = sentences.Where(s => kept.Contains(s.Paragraph) && s.Start + s.Length <= article.Body.Length).ToList();
            var words = read.Sum(s => article.Body.AsSpan(s.Start, s.Length).Count(' ') + 1);
            shown = new StudentArticle(piece!, Name(id), Mask(article.Title),
                read.Select(s => new StudentSentence(s.Index + 1, s.Paragraph, Mask(article.Body.Substring(s.Start, s.Length)))).ToList(),
                LessonPlanner.ReadingMinutes(words), kept.Count < paragraphs.Count ? paragraphs.Count - kept.Count : 0,
                session.Revealed ? article.MeanCompound : null, session.Revealed ? article.LoadedLanguageIndex : null,
                mine.GetValueOrDefault(id));
        }

        var results = session.Revealed
            ? articles.Select(a => new MyResult(Name(a.Id), mine.GetValueOrDefault(a.Id)?.Tone,
                ratings.Where(r => r.ArticleId == a.Id).Select(r => (double?)r.Tone).Average(), a.MeanCompound,
                mine.GetValueOrDefault(a.Id)?.Guess, mine.GetValueOrDefault(a.Id)?.Guess is { } g
                    ? string.Equals(g, a.Outlet, StringComparison.OrdinalIgnoreCase) : null)).ToList()
            : [];

        return new StudentView(student.Nickname, screen, session.Revealed, session.EndedAtUtc is not null, session.SlantSide,
            session.StudentPaced, pieces, shown, overview, outlets, results);
    }

    private static string? HostOf(string? url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) ? uri.Host.StartsWith("www.", StringComparison.OrdinalIgnoreCase) ? uri.Host[4..]
            : uri.Host : null;
}

/// <summary>
/// A student's screen: waiting, one article to judge, the blind overview of every article, or their own results after the reveal.
/// </summary>
public sealed record StudentView(
    string Nickname, string Screen, bool Revealed, bool Ended, string SlantSide, bool StudentPaced, IReadOnlyList<PieceLink> Pieces,
    StudentArticle? Article, IReadOnlyList<OverviewRow> Overview, IReadOnlyList<string> Outlets, IReadOnlyList<MyResult> MyResults);

/// <summary>A piece of the lesson as the student's pager lists it: handle, label, and whether they have answered it.</summary>
public sealed record PieceLink(string Handle, string Label, bool Answered);

/// <summary>
/// An article as a student reads it (an excerpt when the teacher chose one), with their earlier answer; the measured figures only after
/// the reveal.
/// </summary>
public sealed record StudentArticle(
    string Handle, string Outlet, string Title, IReadOnlyList<StudentSentence> Sentences, int ReadingMinutes, int ParagraphsLeftOut,
    double? MeasuredCompound, double? LoadedLanguageIndex, StudentRating? Answer);

/// <summary>A sentence numbered from 1, as students cite it when they flag it.</summary>
public sealed record StudentSentence(int Number, int Paragraph, string Text);

/// <summary>
/// One article in the overview: letter (and outlet after the reveal), headline, the class's mean rating, and after the reveal the
/// measured tone and loaded language.
/// </summary>
public sealed record OverviewRow(string Outlet, string Title, double? MeasuredCompound, double? LoadedLanguageIndex, double ClassTone);

/// <summary>
/// After the reveal, one article as a student did on it: their tone (−2…+2), the class's mean, the measured tone (−1…+1),
/// their guess.
/// </summary>
public sealed record MyResult(string Outlet, int? MyTone, double? ClassTone, double MeasuredCompound, string? Guess, bool? GuessRight)
{
    /// <summary>
    /// Which way a reading points: the students' −2…+2 halved onto the measure's −1…+1, each with a neutral band.
    /// </summary>
    public static string Direction(double onMeasureScale, double band = 0.05) => onMeasureScale >= band ? "positive"
        : onMeasureScale <= -band ? "negative" : "neutral";

    /// <summary>A plain sentence on how the student's tone compares with the measure.</summary>
    public string? Verdict => MyTone is not { } t ? null
        : Direction(t / 2.0, 0.1) == Direction(MeasuredCompound) ? $"You and the measure agree: {Direction(MeasuredCompound)}."
        : $"You read it as {Direction(t / 2.0, 0.1)}; the measure says {Direction(MeasuredCompound)}. Which words made the difference?";
}
