namespace BiasDashboard.Analysis.Comparison;

/// <summary>
/// The spans of a text that are prose, where <see cref="NameFinder"/> looks for names: every line, except (when there
/// is more than one line) lines that read as a headline, standfirst or byline, and a dateline at the start of a
/// paragraph.
/// </summary>
internal static class ProseLines
{
    /// <summary>The prose spans of <paramref name="text"/>, in order, as [start, end) offsets.</summary>
    public static IEnumerable<(int Start, int End)> Of(string text)
    {
        var lines = Lines(text);
        var nonEmpty = lines.Count(l => !string.IsNullOrWhiteSpace(text[l.Start..l.End]));
        var first = true;
        foreach (var (start, end) in lines)
        {
            if (string.IsNullOrWhiteSpace(text[start..end]))
            {
                continue;
            }

            if (nonEmpty > 1 && IsHeadlineLike(text, start, end))
            {
                continue;
            }

            // A dateline's place is a mention ("WASHINGTON"); the agency and date after it ("(AP)", "Nov 12") are not.
            var dateline = DatelineEnd(text, start, end, first);
            if (dateline > start)
            {
                var place = text.IndexOfAny([',', '(', '—', '–', '-'], start, dateline - start);
                yield return (start, place < 0 ? dateline - 1 : place);
            }

            yield return (dateline, end);
            first = false;
        }
    }

    // The text's non-empty lines, as [start, end) offsets without their newline.
    private static List<(int Start, int End)> Lines(string text)
    {
        var lines = new List<(int Start, int End)>();
        var at = 0;
        while (at <= text.Length)
        {
            var newline = text.IndexOf('\n', at);
            var end = newline < 0 ? text.Length : newline;
            if (end > at)
            {
                lines.Add((at, end));
            }

            if (newline < 0)
            {
                break;
            }

            at = newline + 1;
        }

        return lines;
    }

    private static bool IsHeadlineLike(string text, int start, int end)
    {
        var line = text.AsSpan(start, end - start).Trim();
        if (line.Length == 0)
        {
            return false;
        }

        int letters = 0, upper = 0, words = 0;
        for (var i = 0; i < line.Length; i++)
        {
            if (char.IsLetter(line[i]))
            {
                letters++;
                upper += char.IsUpper(line[i]) ? 1 : 0;
                words += i == 0 || !char.IsLetter(line[i - 1]) ? 1 : 0;
            }
        }

        if (words >= 2 && letters > 0 && upper >= letters * 0.7)
        {
            return true; // "FURY AS BIN PLANT GETS GREEN LIGHT"
        }

        var last = line[^1];
        var closed = last is '.' or '!' or '?' or '…' or ':' or ';' ||
                     last is '”' or '"' or '’' or '\'' or ')' && line.Length > 1 && line[^2] is '.' or '!' or '?' or ',' or '…';
        return !closed && words <= 25;
    }

    // "WASHINGTON (Capital Wire) — …", "LANSING, Mich. (AP) — …", "Kamloops - More than …": the place and agency before the
    // dash are not prose.
    private static int DatelineEnd(string text, int start, int end, bool firstLine)
    {
        var limit = Math.Min(end, start + 90);
        var i = start;
        while (i < limit && text[i] == ' ')
        {
            i++;
        }

        var wordEnd = i;
        while (wordEnd < limit && char.IsLetter(text[wordEnd]))
        {
            wordEnd++;
        }

        var firstWord = text.AsSpan(i, wordEnd - i);
        var shouted = firstWord.Length >= 3 && !firstWord.ContainsAnyInRange('a', 'z') && !KnownActors.IsKnown(firstWord.ToString());
        for (var j = wordEnd; j < limit; j++)
        {
            var c = text[j];
            var dash = c is '—' or '–' || c == '-' && j > 0 && text[j - 1] == ' ' && j + 1 < end && text[j + 1] == ' ';
            if (dash)
            {
                var prefixWords = text[i..j].Split([' ', ',', '(', ')'], StringSplitOptions.RemoveEmptyEntries);
                var allCapitalised = prefixWords.All(w => char.IsUpper(w[0]) || char.IsDigit(w[0]));
                return allCapitalised && (shouted || firstLine && prefixWords.Length <= 3) ? j + 1 : start;
            }

            if (char.IsLower(c) && (j == 0 || !char.IsLetter(text[j - 1])) && !shouted)
            {
                return start;
            }
        }

        return start;
    }
}
