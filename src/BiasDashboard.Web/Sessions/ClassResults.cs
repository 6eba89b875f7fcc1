using System.Globalization;
using BiasDashboard.Web.Data;
using BiasDashboard.Web.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace BiasDashboard.Web.Sessions;

/// <summary>
/// What the class answered, next to what was measured: per article the ratings (−2…+2) and their spread, the
/// measured compound and loaded-language index, whether class and machine point the same way, the words students
/// highlighted next to the lexicon's matches, flagged sentences, frames and outlet guesses; for the whole session
/// Krippendorff's interval alpha over the students' tone and slant ratings.
/// </summary>
public sealed class ClassResultsQuery(BiasDbContext db, ClassPresence presence)
{
    public async Task<ClassResults> BuildAsync(ClassSession session, CancellationToken ct)
    {
        var order = SessionLetters.Order(session).Select(x => int.Parse(x, CultureInfo.InvariantCulture)).ToList();
        var articles = await db.Articles.AsNoTracking().Where(a => order.Contains(a.Id))
            .Select(a => new { a.Id, a.Title, Outlet = a.Outlet.Name, a.MeanCompound, a.LoadedLanguageIndex, a.Body })
            .ToDictionaryAsync(a => a.Id, ct);
        var matchRows = await db.FramingMatches.AsNoTracking().Where(m => order.Contains(m.ArticleId))
            .Select(m => new { m.ArticleId, m.Text, m.Start, m.End }).ToListAsync(ct);
        var matches = matchRows.GroupBy(m => m.ArticleId)
            .ToDictionary(g => g.Key, g => g.Select(m => m.Text.ToLowerInvariant()).Distinct().ToList());
        var matchRanges = matchRows.GroupBy(m => m.ArticleId).ToDictionary(g => g.Key, g => g.Select(m => (m.Start, m.End)).ToList());
        var sentences = await db.Sentences.AsNoTracking().Where(s => order.Contains(s.ArticleId))
            .Select(s => new { s.ArticleId, s.Index, s.Start, s.Length }).ToListAsync(ct);
        var students = session.Students.ToDictionary(s => s.Id, s => s.Nickname);
        var ratings = await db.StudentRatings.AsNoTracking().Where(r => r.SessionId == session.Id).ToListAsync(ct);

        var rows = order.Where(articles.ContainsKey).Select((id, index) =>
        {
            var a = articles[id];
            var mine = ratings.Where(r => r.ArticleId == id).ToList();
            var highlighted = mine.SelectMany(r => r.Highlights.Split('\n', StringSplitOptions.RemoveEmptyEntries))
                .Select(h => h.Trim().ToLowerInvariant())
                .Where(h => h.Length > 0).GroupBy(h => h).Select(g => new WordCount(g.Key, g.Count()))
                .OrderByDescending(w => w.Count).ToList();
            var lexicon = matches.GetValueOrDefault(id) ?? [];
            var agreed = highlighted.Where(h => lexicon.Any(m =>
                h.Word.Contains(m, StringComparison.Ordinal) || m.Contains(h.Word, StringComparison.Ordinal))).ToList();
            var missed = lexicon.Where(m => !highlighted.Any(h =>
                h.Word.Contains(m, StringComparison.Ordinal) || m.Contains(h.Word, StringComparison.Ordinal))).ToList();
            var flags = mine.SelectMany(r => r.Flags.Split('\n', StringSplitOptions.RemoveEmptyEntries)
                    .Select(f => Flag(students.GetValueOrDefault(r.StudentId, "?"), f, id,
                        sentences.Where(s => s.ArticleId == id).Select(s => (s.Index, s.Start, s.Length)).ToList(), a.Body)))
                .ToList();
            var meanTone = mine.Count == 0 ? (double?)null : mine.Average(r => r.Tone);
            return new ArticleResults(id, SessionLetters.Letter(index), a.Outlet, a.Title, a.MeanCompound, a.LoadedLanguageIndex,
                Enumerable.Range(-2, 5).Select(v => mine.Count(r => r.Tone == v)).ToList(),
                Enumerable.Range(-2, 5).Select(v => mine.Count(r => r.Slant == v)).ToList(),
                meanTone, mine.Count == 0 ? null : mine.Average(r => r.Slant), Agreement(meanTone, a.MeanCompound),
                highlighted, agreed, highlighted.Except(agreed).ToList(), missed, flags,
                Overlay(a.Body, highlighted, matchRanges.GetValueOrDefault(id) ?? []),
                mine.Select(r => new StudentAnswerRow(
                    students.GetValueOrDefault(r.StudentId, "?"), r.Tone, r.Slant, r.Highlights, r.Flags, r.Guess,
                    r.Guess is null ? null : string.Equals(r.Guess, a.Outlet, StringComparison.OrdinalIgnoreCase),
                    r.FrameSpan, r.Frames, r.FrameReason)).ToList());
        }).ToList();

        var guessScores = students.Select(s => new GuessScore(s.Value,
                ratings.Count(r => r.StudentId == s.Key && r.Guess is not null && articles.TryGetValue(r.ArticleId, out var a)
                    && string.Equals(a.Outlet, r.Guess, StringComparison.OrdinalIgnoreCase)),
                ratings.Count(r => r.StudentId == s.Key && r.Guess is not null)))
            .OrderByDescending(g => g.Correct).ThenBy(g => g.Nickname, StringComparer.OrdinalIgnoreCase).ToList();
        var raters = ratings.Select(r => r.StudentId).Distinct().Count();
        var open = session.EndedAtUtc is null ? await presence.OpenAmongAsync(session.Students.Select(s => s.Id).ToList()) : null;
        return new ClassResults(
            session.Students.OrderBy(s => s.Nickname, StringComparer.OrdinalIgnoreCase)
                .Select(s => new RosterEntry(s.Nickname, s.Rejoins, open?.Contains(s.Id))).ToList(),
            rows,
            AgreementReading.Of(rows.Select(r => (IReadOnlyList<double>)r.Answers.Select(x => (double)x.Tone).ToList()), raters),
            AgreementReading.Of(rows.Select(r => (IReadOnlyList<double>)r.Answers.Select(x => (double)x.Slant).ToList()), raters),
            guessScores,
            articles.Values.Select(a => a.Outlet).Distinct().Order(StringComparer.OrdinalIgnoreCase).ToList());
    }

    // The article cut into runs: how many students highlighted each stretch (every occurrence of a highlighted phrase,
    // ignoring case) and whether the lexicon matched it, so the teacher sees the two side by side on the text itself.
    private static IReadOnlyList<OverlayRun> Overlay(string body, IReadOnlyList<WordCount> highlighted, List<(int Start, int End)> lexicon)
    {
        var heat = new int[body.Length];
        foreach (var (word, count) in highlighted.Where(h => h.Word.Length >= 2).Select(h => (h.Word, h.Count)))
        {
            for (var at = body.IndexOf(word, StringComparison.OrdinalIgnoreCase);
                at >= 0;
                at = body.IndexOf(word, at + word.Length, StringComparison.OrdinalIgnoreCase))
            {
                for (var i = at; i < at + word.Length; i++)
                {
                    heat[i] += count;
                }
            }
        }

        var matched = new bool[body.Length];
        foreach (var (start, end) in lexicon.Where(r => r.Start >= 0 && r.End <= body.Length))
        {
            Array.Fill(matched, true, start, end - start);
        }

        var runs = new List<OverlayRun>();
        for (var i = 0; i < body.Length;)
        {
            var j = i + 1;
            while (j < body.Length && heat[j] == heat[i] && matched[j] == matched[i])
            {
                j++;
            }

            runs.Add(new OverlayRun(body[i..j], heat[i], matched[i]));
            i = j;
        }

        return runs;
    }

    // The class's mean tone (−2…+2, so halved to −1…+1) against the measured compound, each read with a neutral band.
    private static string? Agreement(double? classTone, double compound)
    {
        if (classTone is not { } tone)
        {
            return null;
        }

        static string Direction(double v, double band) => v >= band ? "positive" : v <= -band ? "negative" : "neutral";
        var students = Direction(tone / 2, 0.1);
        var machine = Direction(compound, 0.05);
        return students == machine ? $"the class and VADER agree: {machine}" : $"the class reads it as {students}, VADER as {machine}";
    }

    private static FlagRow Flag(
        string nickname, string line, int articleId, List<(int Index, int Start, int Length)> sentences, string body)
    {
        var colon = line.IndexOf(':', StringComparison.Ordinal);
        var number = colon > 0 && int.TryParse(line[..colon].Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var n)
            ? n
            : (int?)null;
        var sentence = number is { } i ? sentences.FirstOrDefault(s => s.Index == i - 1) : default;
        var text = number is not null && sentence.Length > 0 && sentence.Start + sentence.Length <= body.Length
            ? body.Substring(sentence.Start, sentence.Length)
            : null;
        return new FlagRow(nickname, articleId, number, colon > 0 ? line[(colon + 1)..].Trim() : line.Trim(), text);
    }
}

/// <summary>The class's answers and the measured figures, for the teacher's screen, the results page and the CSV.</summary>
public sealed record ClassResults(
    IReadOnlyList<RosterEntry> Roster, IReadOnlyList<ArticleResults> Articles, AgreementReading Tone, AgreementReading Slant,
    IReadOnlyList<GuessScore> Guesses, IReadOnlyList<string> Outlets);

/// <summary>A student on the teacher's roster, with how often someone came back under their nickname from another browser.</summary>
/// <summary>
/// A student of the class; <see cref="ScreenOpen"/>: whether their class screen is open now (null once the class has ended).
/// </summary>
public sealed record RosterEntry(string Nickname, int Rejoins, bool? ScreenOpen);

/// <summary>
/// One article's answers: tone and slant counts from −2 to +2, means, agreement with VADER,
/// highlighted words next to the lexicon's matches, flags, every answer.
/// </summary>
public sealed record ArticleResults(
    int ArticleId, string Letter, string Outlet, string Title, double MeasuredCompound, double LoadedLanguageIndex,
    IReadOnlyList<int> ToneCounts, IReadOnlyList<int> SlantCounts, double? MeanTone, double? MeanSlant, string? Agreement,
    IReadOnlyList<WordCount> Highlighted, IReadOnlyList<WordCount> AlsoInLexicon, IReadOnlyList<WordCount> OnlyStudents,
    IReadOnlyList<string> OnlyLexicon,
    IReadOnlyList<FlagRow> Flags, IReadOnlyList<OverlayRun> Overlay, IReadOnlyList<StudentAnswerRow> Answers);

/// <summary>A stretch of an article's text: how many students highlighted it, and whether the framing lexicon matched it.</summary>
public sealed record OverlayRun(string Text, int Students, bool Lexicon);

public sealed record WordCount(string Word, int Count);

/// <summary>A sentence a student says the machine got wrong (sentence numbers count from 1, as students see them).</summary>
public sealed record FlagRow(string Nickname, int ArticleId, int? Sentence, string Reason, string? SentenceText);

public sealed record StudentAnswerRow(
    string Nickname, int Tone, int Slant, string Highlights, string Flags, string? Guess, bool? GuessRight,
    string? FrameSpan, string? Frames, string? FrameReason);

public sealed record GuessScore(string Nickname, int Correct, int Answered);
