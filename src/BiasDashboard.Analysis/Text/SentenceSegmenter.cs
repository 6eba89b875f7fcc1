using System.Text.RegularExpressions;

namespace BiasDashboard.Analysis.Text;

/// <summary>
/// Splits an article body into sentences that hold up on news copy. A line break ends a sentence unless the
/// next line continues in lower case (hard-wrapped text); a line with no closing punctuation is a
/// <see cref="SentenceKind.Heading"/>. Inside a line, . ! ? … (with any closing quotes or brackets after
/// them) end a sentence only when whitespace and a capital, digit, or opening quote follow, and a full stop
/// after an abbreviation (Mr., U.S., No. 10) does not. Decimals, thousands and links never contain
/// "mark + space", so they never split. Markdown front matter, HTML-only lines and image lines are skipped.
/// </summary>
public static partial class SentenceSegmenter
{
    private const int MaxHeadingWords = 25;

    /// <summary>The sentences of <paramref name="text"/>, in order, with their quoted parts.</summary>
    public static IReadOnlyList<Sentence> Segment(string text) => Segment(text, QuoteFinder.Find(text));

    /// <summary>The sentences of <paramref name="text"/>, using quotations already found in it.</summary>
    public static IReadOnlyList<Sentence> Segment(string text, IReadOnlyList<QuoteSpan> quotes)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(quotes);
        var sentences = new List<Sentence>();
        var paragraph = -1;
        var quoteCursor = 0;
        foreach (var block in Blocks(text))
        {
            paragraph++;
            var ranges = SplitBlock(text, block.Content).ToList();

            // A whole line without closing punctuation is a headline, byline or caption, not running text.
            var kind = block.Kind == SentenceKind.Prose && ranges.Count == 1 && !EndsWithTerminal(ranges[0].In(text)) &&
                       Tokenizer.CountWords(text, ranges[0]) <= MaxHeadingWords
                ? SentenceKind.Heading
                : block.Kind;
            foreach (var range in ranges)
            {
                sentences.Add(WithQuotes(text, sentences.Count, range, paragraph, kind, quotes, ref quoteCursor));
            }
        }

        return sentences;
    }

    private static IEnumerable<(TextRange Content, SentenceKind Kind)> Blocks(string text)
    {
        var lines = Lines(text, SkipFrontMatter(text)).ToList();
        for (var n = 0; n < lines.Count; n++)
        {
            var line = lines[n];
            if (line.Length == 0 || IsMarkupLine(line.In(text)))
            {
                continue;
            }

            var (content, kind) = StripMarker(text, line);

            // Hard-wrapped prose: the next line goes on in lower case, so the break is not a sentence end.
            while (n + 1 < lines.Count && lines[n + 1].Length > 0 && char.IsLower(text[lines[n + 1].Start]) &&
                   !EndsWithTerminal(text.AsSpan(content.Start, lines[n].End - content.Start)))
            {
                n++;
                content = new TextRange(content.Start, lines[n].End - content.Start);
            }

            if (content.Length > 0)
            {
                yield return (content, kind);
            }
        }
    }

    // Each line trimmed of surrounding whitespace; blank lines come back empty.
    private static IEnumerable<TextRange> Lines(string text, int from)
    {
        var start = from;
        while (start <= text.Length)
        {
            var newline = text.IndexOf('\n', start);
            var end = newline < 0 ? text.Length : newline;
            yield return Trim(text, start, end);
            if (newline < 0)
            {
                yield break;
            }

            start = newline + 1;
        }
    }

    private static int SkipFrontMatter(string text)
    {
        var match = FrontMatterRegex().Match(text);
        return match.Success ? match.Length : 0;
    }

    private static bool IsMarkupLine(ReadOnlySpan<char> line) =>
        (line[0] == '<' && line[^1] == '>') || line.StartsWith("![") || line.IndexOfAnyExcept("-*_=#~ ") < 0;

    private static (TextRange Content, SentenceKind Kind) StripMarker(string text, TextRange line)
    {
        var match = MarkerRegex().Match(text, line.Start, line.Length);
        if (!match.Success)
        {
            return (line, SentenceKind.Prose);
        }

        var kind = match.Groups["heading"].Success ? SentenceKind.Heading : SentenceKind.ListItem;
        return (new TextRange(line.Start + match.Length, line.Length - match.Length), kind);
    }

    private static TextRange Trim(string text, int start, int end)
    {
        while (start < end && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        return new TextRange(start, end - start);
    }

    private static bool EndsWithTerminal(ReadOnlySpan<char> s)
    {
        var trimmed = s.TrimEnd("”’\"')] ");
        return trimmed.Length > 0 && trimmed[^1] is '.' or '!' or '?' or '…' or ':' or ';';
    }

    // Sentences come in order and quotations are sorted by start, so a cursor keeps this linear in both.
    private static Sentence WithQuotes(
        string text, int index, TextRange range, int paragraph, SentenceKind kind, IReadOnlyList<QuoteSpan> quotes, ref int cursor)
    {
        while (cursor < quotes.Count && quotes[cursor].Range.End <= range.Start)
        {
            cursor++;
        }

        var quoted = new List<TextRange>();
        for (var k = cursor; k < quotes.Count && quotes[k].Range.Start < range.End; k++)
        {
            if (quotes[k].Range.Intersect(range) is { } overlap)
            {
                quoted.Add(overlap);
            }
        }

        var all = CountLettersAndDigits(range.In(text));
        var inQuotes = quoted.Sum(q => CountLettersAndDigits(q.In(text)));
        return new Sentence(index, range, paragraph, kind, quoted) { QuotedShare = all == 0 ? 0 : (double)inQuotes / all };
    }

    private static int CountLettersAndDigits(ReadOnlySpan<char> s)
    {
        var count = 0;
        foreach (var c in s)
        {
            count += char.IsLetterOrDigit(c) ? 1 : 0;
        }

        return count;
    }

    // Front matter: a first line of ---, YAML, and a closing --- or ... line.
    [GeneratedRegex(@"\A---[ \t]*\r?\n(?:.*\r?\n)*?(?:---|\.\.\.)[ \t]*(?:\r?\n|\z)", RegexOptions.NonBacktracking)]
    private static partial Regex FrontMatterRegex();

    // "# ", "## " headings; "- ", "* ", "+ ", "• ", "1. ", "2) " list markers.
    [GeneratedRegex(@"^(?:(?<heading>\#{1,6})|[-*+•▪–]|\d{1,3}[.)])[ \t]+", RegexOptions.NonBacktracking)]
    private static partial Regex MarkerRegex();
}
