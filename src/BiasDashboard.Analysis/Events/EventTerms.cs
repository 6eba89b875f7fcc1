using System.Collections.Frozen;
using BiasDashboard.Analysis.Text;

namespace BiasDashboard.Analysis.Events;

/// <summary>What kind of evidence a term is: names and numbers identify an event better than topic words.</summary>
[Flags]
public enum TermKind
{
    /// <summary>An ordinary content word or a pair of them.</summary>
    Word = 0,

    /// <summary>Capitalised in the middle of a sentence: a person, place, organisation or title.</summary>
    Name = 1,

    /// <summary>Contains digits: a vote count, a sum, a score, a magnitude.</summary>
    Number = 2,
}

/// <summary>One term of an article: how often it occurs (headline occurrences count extra) and what kind it is.</summary>
internal readonly record struct TermCount(string Term, float Count, TermKind Kind, string Surface);

/// <summary>
/// Turns a headline and body into the terms that identify an event: content words (a light plural stemmer, as
/// Harman's S-stemmer), numbers, and pairs of adjacent content words (bigrams, which carry names such as
/// "nadia kerr" and phrases such as "clean harbors"). Stop words and punctuation break pairs. A word capitalised
/// in the middle of a body sentence is a name everywhere in that article. Headline terms count
/// <see cref="HeadlineCount"/> times, because a headline states what happened. Linear in the text's length.
/// </summary>
internal static class EventTerms
{
    /// <summary>How many body occurrences one headline occurrence is worth.</summary>
    public const float HeadlineCount = 2f;

    /// <summary>Longest text read, in characters: a news article's event is stated long before this.</summary>
    public const int MaxChars = 20_000;

    private static readonly FrozenSet<string> StopWords = (
        "the a an and or but nor of to in on at for with by from as is was were be been being are am it its it's this that these those " +
        "he she they we you i me my his her hers their theirs our ours your yours them him us not no yes have has had having will would " +
        "could should can may might must shall said says say saying told tell also after before over under into onto about than then " +
        "there here which who whom whose what when where while more most less least some any all each every one two three four five " +
        "six seven eight nine ten new last first next just only very much many such other others out up down off own same so too do " +
        "does did done doing because if how why whether though although however still yet already now again ago per via amid among " +
        "against between through during without within since until upon around across along toward towards mr mrs ms dr " +
        "monday tuesday wednesday thursday friday saturday sunday today yesterday tomorrow tonight week weeks year years day days " +
        "month months time times people percent cent including include includes like well even back way make made get got going " +
        "take took come came give gave know known see seen use used want wanted need needed think thought go went " +
        "el la los las de del en y que un una por con para se al lo su sus es fue").Split(' ').ToFrozenSet(StringComparer.Ordinal);

    /// <summary>The terms of an article, in first-occurrence order (deterministic).</summary>
    public static List<TermCount> Of(string? title, string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var body = text.Length <= MaxChars ? text : text[..MaxChars];
        var names = NamesIn(body);
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        var order = new List<TermCount>();
        Count(body, 1f, names, counts, order);
        if (!string.IsNullOrWhiteSpace(title))
        {
            Count(title.Length <= 1_000 ? title : title[..1_000], HeadlineCount, names, counts, order);
        }

        return order;
    }

    private static void Count(string text, float each, HashSet<string> names, Dictionary<string, int> counts, List<TermCount> order)
    {
        string? previous = null;
        var previousKind = TermKind.Word;
        var previousSurface = string.Empty;
        var tokens = Tokenizer.Tokenize(text);
        for (var n = 0; n < tokens.Count; n++)
        {
            var token = tokens[n];
            if (token.Kind == TokenKind.Punctuation)
            {
                // A full stop, comma or dash ends a phrase; quote marks and brackets do not.
                if (!IsQuoteOrBracket(text[token.Start]))
                {
                    previous = null;
                }

                continue;
            }

            var surface = Trim(token.In(text));
            var key = KeyOf(surface, token.Kind);
            if (key is null)
            {
                previous = null;
                continue;
            }

            var kind = token.Kind == TokenKind.Number ? TermKind.Number
                : names.Contains(key) ? TermKind.Name
                : TermKind.Word;
            Add(key, kind, surface, each, counts, order);
            if (previous is not null)
            {
                var pairKind = (previousKind & TermKind.Name) != 0 && (kind & TermKind.Name) != 0 ? TermKind.Name : TermKind.Word;
                Add(previous + " " + key, pairKind, previousSurface + " " + surface, each, counts, order);
            }

            (previous, previousKind, previousSurface) = (key, kind, surface);
        }
    }

    private static void Add(string key, TermKind kind, string surface, float each, Dictionary<string, int> counts, List<TermCount> order)
    {
        if (counts.TryGetValue(key, out var at))
        {
            order[at] = order[at] with { Count = order[at].Count + each };
        }
        else
        {
            counts[key] = order.Count;
            order.Add(new TermCount(key, each, kind, surface));
        }
    }

    // Words capitalised where a sentence does not start: names, whatever case they take elsewhere.
    private static HashSet<string> NamesIn(string text)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        var sentenceStart = true;
        foreach (var token in Tokenizer.Tokenize(text))
        {
            var first = text[token.Start];
            if (token.Kind == TokenKind.Punctuation)
            {
                if (first is '.' or '!' or '?' or ':' or '—' or '"' or '“' or '(' or '\'' or '‘')
                {
                    sentenceStart = true;
                }

                continue;
            }

            var surface = Trim(token.In(text));
            if (!sentenceStart && char.IsUpper(first) && KeyOf(surface, token.Kind) is { } key && !IsAllCaps(surface))
            {
                names.Add(key);
            }

            sentenceStart = token.Start + token.Length < text.Length && text[token.Start + token.Length] == '\n';
        }

        return names;
    }

    private static string? KeyOf(string surface, TokenKind kind)
    {
        if (kind == TokenKind.Number)
        {
            // Single digits are everywhere (days, counts, scores); from two digits on a number says something.
            return surface.Length >= 2 ? surface.Replace(",", string.Empty, StringComparison.Ordinal) : null;
        }

        var lower = surface.ToLowerInvariant();
        if (lower.Length <= 2)
        {
            // Two letters say something only as an acronym: "UN", "EU", "BA" (and "US", which is no stop word then).
            return lower.Length == 2 && IsAllCaps(surface) ? lower : null;
        }

        if (StopWords.Contains(lower))
        {
            return null;
        }

        return char.IsUpper(surface[0]) ? lower : Stem(lower);
    }

    // Harman's S-stemmer: plurals meet their singular ("votes" / "vote", "cities" / "city").
    private static string Stem(string word) =>
        word.Length <= 3 ? word
        : word.EndsWith("ies", StringComparison.Ordinal) && !word.EndsWith("eies", StringComparison.Ordinal) &&
            !word.EndsWith("aies", StringComparison.Ordinal) ? word[..^3] + "y"
        : word.EndsWith("es", StringComparison.Ordinal) && !word.EndsWith("aes", StringComparison.Ordinal) &&
            !word.EndsWith("ees", StringComparison.Ordinal) && !word.EndsWith("oes", StringComparison.Ordinal) ? word[..^1]
        : word.EndsWith('s') && !word.EndsWith("us", StringComparison.Ordinal) && !word.EndsWith("ss", StringComparison.Ordinal)
            ? word[..^1]
        : word;

    // "Kerr's" and "MPs’" count as "Kerr" and "MPs".
    private static string Trim(ReadOnlySpan<char> token)
    {
        if (token.Length > 2 && (token[^2] is '\'' or '’') && token[^1] is 's' or 'S')
        {
            token = token[..^2];
        }

        return token.ToString();
    }

    private static bool IsAllCaps(string surface) => surface.Length > 1 && !surface.Any(char.IsLower);

    private static bool IsQuoteOrBracket(char c) => c is '"' or '“' or '”' or '\'' or '‘' or '’' or '(' or ')' or '[' or ']' or '*' or '_';
}
