using System.Collections.Frozen;

namespace BiasDashboard.Analysis.Ingest;

/// <summary>
/// Linear scans that measure how deeply a markdown or HTML text nests, run before the parsers (Markdig, AngleSharp),
/// whose cost or stack grows with depth. Each stops as soon as the depth passes the limit it is given. They over-count
/// rather than under-count only where real articles never go (dozens of levels).
/// </summary>
internal static class NestingScan
{
    // Elements with no content, and elements whose end tag may be left out (a parser closes them by itself, so an
    // unclosed <p> or <li> is not nesting): neither adds depth.
    private static readonly FrozenSet<string> NotNesting = FrozenSet.ToFrozenSet(
        ["area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr", "param", "keygen",
            "basefont", "frame",
         "p", "li", "dt", "dd", "tr", "td", "th", "thead", "tbody", "tfoot", "option", "optgroup", "rb", "rt", "rp", "rtc", "colgroup",
             "caption",
         "html", "head", "body"],
        StringComparer.OrdinalIgnoreCase);

    // Elements whose content is text up to their end tag: a '<' inside is not a tag.
    private static readonly FrozenSet<string> RawText = FrozenSet.ToFrozenSet(
        ["script", "style", "textarea", "title", "xmp", "iframe", "noembed", "noframes"], StringComparer.OrdinalIgnoreCase);

    /// <summary>The deepest element nesting in <paramref name="html"/>, or a value above <paramref name="stopAbove"/> as soon as one is
    /// seen.</summary>
    public static int HtmlDepth(string html, int stopAbove)
    {
        var notNesting = NotNesting.GetAlternateLookup<ReadOnlySpan<char>>();
        var rawText = RawText.GetAlternateLookup<ReadOnlySpan<char>>();
        int depth = 0, max = 0;
        for (var i = html.IndexOf('<', StringComparison.Ordinal); i >= 0 && i < html.Length; i = html.IndexOf('<', i))
        {
            if (html.AsSpan(i).StartsWith("<!--", StringComparison.Ordinal))
            {
                var close = html.IndexOf("-->", i + 4, StringComparison.Ordinal);
                i = close < 0 ? html.Length : close + 3;
                continue;
            }

            var closing = i + 1 < html.Length && html[i + 1] == '/';
            var nameStart = closing ? i + 2 : i + 1;
            var nameEnd = nameStart;
            while (nameEnd < html.Length && (char.IsAsciiLetterOrDigit(html[nameEnd]) || html[nameEnd] is '-' or ':' or '_'))
            {
                nameEnd++;
            }

            if (nameEnd == nameStart || !char.IsAsciiLetter(html[nameStart]))
            {
                i++; // "<!DOCTYPE", "<?xml", a bare '<' in text
                continue;
            }

            var end = TagEnd(html, nameEnd);
            var name = html.AsSpan(nameStart, nameEnd - nameStart);
            i = end + 1;
            if (closing)
            {
                depth = notNesting.Contains(name) ? depth : Math.Max(0, depth - 1);
                continue;
            }

            if (rawText.Contains(name))
            {
                var closeTag = html.IndexOf("</" + name.ToString(), i, StringComparison.OrdinalIgnoreCase);
                i = closeTag < 0 ? html.Length : closeTag;
                continue;
            }

            if (!notNesting.Contains(name) && html[end - 1] != '/' && ++depth > max && (max = depth) > stopAbove)
            {
                return max;
            }
        }

        return max;
    }

    // The '>' that ends a tag whose name ends at `from`, skipping quoted attribute values; the text's end when unclosed.
    private static int TagEnd(string html, int from)
    {
        char quote = '\0';
        for (var i = from; i < html.Length; i++)
        {
            var c = html[i];
            if (quote != '\0')
            {
                quote = c == quote ? '\0' : quote;
            }
            else if (c is '"' or '\'')
            {
                quote = c;
            }
            else if (c == '>')
            {
                return i;
            }
        }

        return html.Length - 1;
    }

    /// <summary>
    /// The deepest nesting in a markdown <paramref name="text"/>: block quotes and list markers opening a line (with list
    /// levels from indentation), or, within a paragraph, open link brackets and emphasis runs not yet closed. A value above
    /// <paramref name="stopAbove"/> is returned as soon as one is seen.
    /// </summary>
    public static int MarkdownDepth(string text, int stopAbove)
    {
        int max = 0, brackets = 0, emphasis = 0;
        var lineStart = 0;
        while (lineStart <= text.Length)
        {
            var newline = text.IndexOf('\n', lineStart);
            var lineEnd = newline < 0 ? text.Length : newline;
            var line = text.AsSpan(lineStart, lineEnd - lineStart);
            if (line.IsWhiteSpace())
            {
                brackets = emphasis = 0; // a blank line ends the paragraph, and every inline span with it
            }
            else
            {
                max = Math.Max(max, LineContainers(line));
                for (var i = 0; i < line.Length; i++)
                {
                    var c = line[i];
                    if (c == '\\')
                    {
                        i++;
                    }
                    else if (c == '[')
                    {
                        max = Math.Max(max, ++brackets);
                    }
                    else if (c == ']')
                    {
                        brackets = Math.Max(0, brackets - 1);
                    }
                    else if (c is '*' or '_')
                    {
                        var runEnd = i;
                        while (runEnd + 1 < line.Length && line[runEnd + 1] == c)
                        {
                            runEnd++;
                        }

                        var spaceBefore = i == 0 || char.IsWhiteSpace(line[i - 1]);
                        var spaceAfter = runEnd + 1 >= line.Length || char.IsWhiteSpace(line[runEnd + 1]);
                        if (spaceBefore && !spaceAfter)
                        {
                            max = Math.Max(max, ++emphasis);
                        }
                        else if (!spaceBefore && emphasis > 0)
                        {
                            emphasis--;
                        }

                        i = runEnd;
                    }
                }
            }

            if (max > stopAbove || newline < 0)
            {
                return max;
            }

            lineStart = newline + 1;
        }

        return max;
    }

    // Block quote markers and list markers at the start of a line ("> > - 1. text"), plus list levels implied by the indentation before
    // them.
    private static int LineContainers(ReadOnlySpan<char> line)
    {
        int depth = 0, indent = 0, i = 0;
        var first = true;
        while (i < line.Length)
        {
            var column = 0;
            while (i < line.Length && line[i] is ' ' or '\t')
            {
                column += line[i] == '\t' ? 4 : 1;
                i++;
            }

            if (first)
            {
                indent = column;
                first = false;
            }

            if (i < line.Length && line[i] == '>')
            {
                depth++;
                i++;
                continue;
            }

            var marker = i;
            while (marker < line.Length && marker - i < 9 && char.IsAsciiDigit(line[marker]))
            {
                marker++;
            }

            var isMarker = marker > i ? marker < line.Length && line[marker] is '.' or ')' : i < line.Length && line[i] is '-' or '*' or
                '+';
            var after = marker > i ? marker + 1 : i + 1;
            if (isMarker && (after >= line.Length || line[after] is ' ' or '\t'))
            {
                depth++;
                i = after;
                continue;
            }

            break;
        }

        return depth == 0 ? 0 : depth + indent / 2;
    }
}
