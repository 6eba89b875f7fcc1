using BiasDashboard.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace BiasDashboard.Web.Sessions;

/// <summary>
/// What a teacher needs to fit a lesson into a period: each article of an event with its length in words, paragraph
/// by paragraph (so an excerpt of the first N paragraphs has a known length), and reading-time estimates.
/// </summary>
public sealed class LessonPlanner(BiasDbContext db)
{
    /// <summary>
    /// Words a minute for careful reading by secondary-school students (silent reading runs ~200–250; they also answer).
    /// </summary>
    public const int WordsPerMinute = 200;

    /// <summary>Minutes a student needs per article to rate it, mark words and guess the outlet.</summary>
    public const double AnswerMinutes = 2;

    public async Task<IReadOnlyList<LessonArticle>> ArticlesAsync(string eventId, CancellationToken ct)
    {
        var articles = await db.Articles.AsNoTracking().Where(a => a.Events.Any(e => e.Id == eventId))
            .Select(a => new { a.Id, a.Title, Outlet = a.Outlet.Name, a.WordCount, a.Body }).ToListAsync(ct);
        var ids = articles.Select(a => a.Id).ToList();
        var sentences = (await db.Sentences.AsNoTracking().Where(s => ids.Contains(s.ArticleId))
            .Select(s => new { s.ArticleId, s.Paragraph, s.Start, s.Length }).ToListAsync(ct))
            .ToLookup(s => s.ArticleId);
        return articles.OrderBy(a => a.Outlet, StringComparer.OrdinalIgnoreCase).Select(a =>
        {
            var running = 0;
            var cumulative = sentences[a.Id].GroupBy(s => s.Paragraph).OrderBy(g => g.Key)
                .Select(g => running += g.Sum(s => Words(a.Body, s.Start, s.Length))).ToList();
            return new LessonArticle(a.Id, a.Outlet, a.Title, cumulative.Count > 0 ? cumulative[^1] : a.WordCount, cumulative);
        }).ToList();
    }

    /// <summary>Whole minutes to read <paramref name="words"/> words, at least one.</summary>
    public static int ReadingMinutes(int words) => Math.Max(1, (int)Math.Ceiling(words / (double)WordsPerMinute));

    /// <summary>Minutes for a lesson over these articles: reading, plus answering each.</summary>
    public static int LessonMinutes(IEnumerable<int> wordsPerArticle)
    {
        var words = wordsPerArticle.ToList();
        return (int)Math.Ceiling(words.Sum() / (double)WordsPerMinute + AnswerMinutes * words.Count);
    }

    private static int Words(string body, int start, int length)
    {
        if (start < 0 || start + length > body.Length)
        {
            return 0;
        }

        var count = 0;
        var inWord = false;
        foreach (var c in body.AsSpan(start, length))
        {
            var letter = !char.IsWhiteSpace(c);
            count += letter && !inWord ? 1 : 0;
            inWord = letter;
        }

        return count;
    }
}

/// <summary>
/// An article as the lesson planner lists it; <see cref="WordsThroughParagraph"/>[n-1] is the length of its first n paragraphs.
/// </summary>
public sealed record LessonArticle(int Id, string Outlet, string Title, int Words, IReadOnlyList<int> WordsThroughParagraph)
{
    /// <summary>The words a student reads: the first <paramref name="paragraphs"/> paragraphs, or all.</summary>
    public int WordsRead(int? paragraphs) => paragraphs is { } n && n < WordsThroughParagraph.Count ? WordsThroughParagraph[n - 1] : Words;
}
