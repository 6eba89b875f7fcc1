using BiasDashboard.Analysis.Text;

namespace BiasDashboard.Analysis.Comparison;

// Text helpers: the word, mention, quotation and paragraph lookups the other parts share, each bounded.
public sealed partial class Attribution
{
    private void ScanWords()
    {
        var i = 0;
        while (i < _text.Length)
        {
            if (!char.IsLetterOrDigit(_text[i]))
            {
                i++;
                continue;
            }

            var j = i;
            while (j < _text.Length &&
                (char.IsLetterOrDigit(_text[j]) || _text[j] is '\'' or '’' or '-' && j + 1 < _text.Length && char.IsLetter(_text[j + 1]) &&
                !(_text[j] is '\'' or '’' && _text[j + 1] == 's' && (j + 2 >= _text.Length || !char.IsLetter(_text[j + 2])))))
            {
                j++;
            }

            _words.Add((i, j, _text[i..j].ToLowerInvariant()));
            i = j;
        }
    }

    private int WordAt(int offset)
    {
        var i = Array.BinarySearch(_wordStarts, offset);
        return i >= 0 ? i : ~i;
    }

    // The index of the last word ending at or before `offset`, or -1.
    private int WordBefore(int offset)
    {
        var i = WordAt(offset) - 1;
        while (i >= 0 && _words[i].End > offset)
        {
            i--;
        }

        return i;
    }

    private int FirstMentionAt(int offset) => SortedOffsets.FirstAtOrAfter(_mentionStarts, offset);

    private QuoteSpan? InQuote(int offset)
    {
        int lo = 0, hi = _outer.Count - 1;
        while (lo <= hi)
        {
            var mid = (lo + hi) / 2;
            var range = _outer[mid].Range;
            if (offset < range.Start)
            {
                hi = mid - 1;
            }
            else if (offset >= range.End)
            {
                lo = mid + 1;
            }
            else
            {
                return _outer[mid];
            }
        }

        return null;
    }

    private int NextQuoteStart(int offset)
    {
        int lo = 0, hi = _outer.Count;
        while (lo < hi)
        {
            var mid = (lo + hi) / 2;
            if (_outer[mid].Range.Start < offset)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo < _outer.Count ? _outer[lo].Range.Start : _text.Length;
    }

    private int ParagraphOf(int offset)
    {
        var i = _lineStarts.BinarySearch(offset);
        return i >= 0 ? i : ~i - 1;
    }

    private int PreviousParagraph(int paragraph)
    {
        for (var p = paragraph - 1; p >= 0 && paragraph - p < 4; p--)
        {
            var end = p + 1 < _lineStarts.Count ? _lineStarts[p + 1] - 1 : _text.Length;
            if (end > _lineStarts[p] && !string.IsNullOrWhiteSpace(_text[_lineStarts[p]..end]))
            {
                return p;
            }
        }

        return -1;
    }

    private int LineEnd(int offset)
    {
        var newline = _text.IndexOf('\n', offset, Math.Min(Reach, _text.Length - offset));
        return newline < 0 ? Math.Min(_text.Length, offset + Reach) : newline;
    }

    // Where the text before a quotation starts: its sentence, or the end of a quotation before it in that sentence.
    private int RegionStart(int quoteStart)
    {
        var i = Array.BinarySearch(_sentenceStarts, quoteStart);
        var sentenceStart = _sentences.Count == 0 ? 0 : _sentenceStarts[Math.Max(0, i >= 0 ? i : ~i - 1)];
        var start = Math.Max(sentenceStart, Math.Max(_lineStarts[ParagraphOf(quoteStart)], quoteStart - Reach));
        var previous = InQuote(quoteStart - 1);
        for (var k = _outer.Count - 1; k >= 0; k--)
        {
            if (_outer[k].Range.End <= quoteStart)
            {
                start = Math.Max(start, _outer[k].Range.End);
                break;
            }
        }

        return previous is null ? start : Math.Max(start, previous.Range.End);
    }

    // A dot that ends an abbreviation or an initial ("Sen.", "K."), not a sentence.
    private bool AbbreviationDot(int dot)
    {
        var s = dot;
        while (s > 0 && char.IsLetter(_text[s - 1]))
        {
            s--;
        }

        var word = _text[s..dot];
        return word.Length == 1 && char.IsUpper(word[0]) || NameWords.Abbreviations.Contains(word);
    }

    // Whether the text between two offsets holds anything but spaces (and, if allowed, commas and closing marks).
    private bool HasStop(int from, int to, bool allowComma)
    {
        for (var i = from; i < to; i++)
        {
            var c = _text[i];
            if (c is ' ' or '\t' || allowComma && c is ',' or '”' or '"' or '’' or '\'')
            {
                continue;
            }

            if (c == '.' && AbbreviationDot(i))
            {
                continue;
            }

            return true;
        }

        return false;
    }

    private bool HasSpeechVerb(int start, int end)
    {
        for (var k = WordAt(start); k < _words.Count && _words[k].Start < end; k++)
        {
            if (NameWords.SpeechVerbs.Contains(_words[k].Lower))
            {
                return true;
            }
        }

        return false;
    }

    private bool OnlySpaces(int from, int to)
    {
        for (var i = from; i < to; i++)
        {
            if (_text[i] is not ' ' and not '\t')
            {
                return false;
            }
        }

        return true;
    }

    private int SkipBack(int position, int limit)
    {
        while (position > limit && _text[position - 1] is ' ' or '\t')
        {
            position--;
        }

        return position;
    }

    private TextRange Trimmed(int start, int end)
    {
        while (start < end && char.IsWhiteSpace(_text[start]))
        {
            start++;
        }

        while (end > start && (char.IsWhiteSpace(_text[end - 1]) || _text[end - 1] is '.' or ','))
        {
            end--;
        }

        return new TextRange(start, end - start);
    }
}
