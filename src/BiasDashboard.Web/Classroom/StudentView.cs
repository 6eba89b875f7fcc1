using System.Globalization;
using BiasDashboard.Analysis.Classroom;
using BiasDashboard.Web.Data;
using BiasDashboard.Web.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace BiasDashboard.Web.Classroom;

/// <summary>
/// What a student's screen shows now. Until the reveal every outlet is a letter, and its name, short forms, web
/// address, links and the author are masked in the headline and every sentence (the letters also replace the other
/// outlets of the lesson where a text names them).
/// </summary>
public sealed class StudentViewQuery(BiasDbContext db)
{
    public async Task<StudentView> BuildAsync(ClassSession session, SessionStudent student, CancellationToken ct)
    {
        var order = ClassSessionService.Order(session).Select(x => int.Parse(x, CultureInfo.InvariantCulture)).ToList();
        var articles = (await db.Articles.AsNoTracking().Where(a => order.Contains(a.Id))
                .Select(a => new { a.Id, a.Title, a.Author, a.Url, a.Body, a.MeanCompound, a.LoadedLanguageIndex, Outlet = a.Outlet.Name, a.Outlet.Domain })
                .ToListAsync(ct))
            .OrderBy(a => order.IndexOf(a.Id)).ToList();
        var letters = articles.Select((a, i) => (a.Id, Letter: ClassSessionService.Letter(i))).ToDictionary(x => x.Id, x => x.Letter);
        var maskers = articles.Select(a => OutletMasker.For(a.Outlet, a.Domain ?? HostOf(a.Url), a.Author, letters[a.Id])).ToList();
        string Mask(string text) => session.Revealed ? text : maskers.Aggregate(text, (t, mask) => mask(t));
        string Name(int id) => session.Revealed ? $"{letters[id]}: {articles.First(a => a.Id == id).Outlet}" : letters[id];

        var ratings = await db.StudentRatings.AsNoTracking().Where(r => r.SessionId == session.Id).ToListAsync(ct);
        var outlets = articles.Select(a => a.Outlet).Distinct().Order(StringComparer.OrdinalIgnoreCase).ToList();
        var overview = articles.Select(a => new OverviewRow(Name(a.Id), Mask(a.Title), session.Revealed ? a.MeanCompound : null, session.Revealed ? a.LoadedLanguageIndex : null,
            ratings.Where(r => r.ArticleId == a.Id).Select(r => (double)r.Tone).DefaultIfEmpty(double.NaN).Average())).ToList();

        StudentArticle? shown = null;
        if (session.Screen.StartsWith("article:", StringComparison.Ordinal) &&
            int.TryParse(session.Screen["article:".Length..], NumberStyles.None, CultureInfo.InvariantCulture, out var id) && articles.FirstOrDefault(a => a.Id == id) is { } article)
        {
            var sentences = await db.Sentences.AsNoTracking().Where(s => s.ArticleId == id).OrderBy(s => s.Index)
                .Select(s => new { s.Index, s.Start, s.Length, s.Paragraph }).ToListAsync(ct);
            var mine = ratings.FirstOrDefault(r => r.ArticleId == id && r.StudentId == student.Id);
            shown = new StudentArticle(id, Name(id), Mask(article.Title),
                sentences.Select(s => new StudentSentence(s.Index + 1, s.Paragraph, Mask(article.Body.Substring(s.Start, s.Length)))).ToList(),
                session.Revealed ? article.MeanCompound : null, session.Revealed ? article.LoadedLanguageIndex : null, mine);
        }

        return new StudentView(session.Id, student.Nickname, session.Screen, session.Revealed, session.EndedAtUtc is not null, session.SlantSide, shown, overview, outlets);
    }

    private static string? HostOf(string? url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) ? uri.Host.StartsWith("www.", StringComparison.OrdinalIgnoreCase) ? uri.Host[4..] : uri.Host : null;
}

/// <summary>A student's screen: waiting, one article to judge, or the blind overview of every article.</summary>
public sealed record StudentView(
    int SessionId, string Nickname, string Screen, bool Revealed, bool Ended, string SlantSide, StudentArticle? Article, IReadOnlyList<OverviewRow> Overview, IReadOnlyList<string> Outlets);

/// <summary>An article as a student reads it, with their earlier answer; the measured figures only after the reveal.</summary>
public sealed record StudentArticle(int Id, string Outlet, string Title, IReadOnlyList<StudentSentence> Sentences, double? MeasuredCompound, double? LoadedLanguageIndex, StudentRating? Answer);

/// <summary>A sentence numbered from 1, as students cite it when they flag it.</summary>
public sealed record StudentSentence(int Number, int Paragraph, string Text);

/// <summary>One article in the overview: letter (and outlet after the reveal), headline, the class's mean rating, and after the reveal the measured tone and loaded language.</summary>
public sealed record OverviewRow(string Outlet, string Title, double? MeasuredCompound, double? LoadedLanguageIndex, double ClassTone);
