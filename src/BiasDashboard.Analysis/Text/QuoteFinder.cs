namespace BiasDashboard.Analysis.Text;

/// <summary>
/// Finds direct quotations paragraph by paragraph: curly “…” and ‘…’, straight "…" and '…' (UK style
/// uses single quotes). An apostrophe inside a word (MP’s, isn't) is never a quotation mark: an opening
/// mark must follow a space, a line start or an opening bracket/dash, and a closing mark must be followed
/// by a space, punctuation or the line end. Single quotes may nest inside double ones and vice versa.
/// </summary>
public static class QuoteFinder
{
    /// <summary>The quotations in <paramref name="text"/>, in order of their opening marks.</summary>
    public static IReadOnlyList<QuoteSpan> Find(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var quotes = new List<QuoteSpan>();
        var paragraphStart = 0;
        while (paragraphStart <= text.Length)
        {
            var newline = text.IndexOf('\n', paragraphStart);
            var paragraphEnd = newline < 0 ? text.Length : newline;
            FindInParagraph(text, paragraphStart, paragraphEnd, quotes);
            if (newline < 0)
            {
                break;
            }

            paragraphStart = newline + 1;
        }

        quotes.Sort((a, b) => a.Range.Start.CompareTo(b.Range.Start));
        return quotes;
    }

    private static void FindInParagraph(string text, int start, int end, List<QuoteSpan> quotes)
    {
        var open = new List<(int At, QuoteFamily Family)>();
        Span<int> openCount = stackalloc int[3]; // per family, so hostile runs of quote marks stay linear
        for (var i = start; i < end; i++)
        {
            var c = text[i];
            var family = FamilyOf(c);
            if (family == QuoteFamily.None)
            {
                continue;
            }

            var isOpener = c is '“' or '„' or '‘';
            var isCurlyCloser = c is '”' or '’';
            var closes = !isOpener && openCount[(int)family] > 0 && (c == '”' || IsClosingPosition(text, i, end));
            if (closes)
            {
                // Inner quotations left open inside this one are dropped with it.
                var index = open.FindLastIndex(q => q.Family == family);
                var at = open[index].At;
                for (var k = index; k < open.Count; k++)
                {
                    openCount[(int)open[k].Family]--;
                }

                open.RemoveRange(index, open.Count - index);
                quotes.Add(new QuoteSpan(new TextRange(at, i + 1 - at), new TextRange(at + 1, i - at - 1), false));
            }
            else if (!isCurlyCloser && (c == '“' || IsOpeningPosition(text, i, start, end)))
            {
                open.Add((i, family));
                openCount[(int)family]++;
            }
        }

        // Unclosed quotations run to the end of the paragraph (trailing spaces excluded).
        var last = end;
        while (last > start && char.IsWhiteSpace(text[last - 1]))
        {
            last--;
        }

        // Only the outermost: an inner quotation left open is part of the outer one's words.
        if (open.Count > 0 && last > open[0].At + 1)
        {
            var at = open[0].At;
            quotes.Add(new QuoteSpan(new TextRange(at, last - at), new TextRange(at + 1, last - at - 1), true));
        }
    }

    private static QuoteFamily FamilyOf(char c) => c switch
    {
        '“' or '”' or '"' or '„' => QuoteFamily.Double,
        '‘' or '’' or '\'' => QuoteFamily.Single,
        _ => QuoteFamily.None,
    };

    private static bool IsOpeningPosition(string text, int i, int start, int end)
    {
        var before = i == start ? ' ' : text[i - 1];
        var after = i + 1 < end ? text[i + 1] : ' ';
        return (char.IsWhiteSpace(before) || before is '(' or '[' or '—' or '–' or '-' or '“' or '‘' or '"' or '\'' or ':')
            && !char.IsWhiteSpace(after);
    }

    private static bool IsClosingPosition(string text, int i, int end)
    {
        var before = text[i - 1];
        var after = i + 1 < end ? text[i + 1] : ' ';
        return !char.IsWhiteSpace(before) && !char.IsLetterOrDigit(after);
    }

    private enum QuoteFamily
    {
        None,
        Double,
        Single,
    }
}
