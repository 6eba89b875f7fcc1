using BiasDashboard.Analysis.Text;

namespace BiasDashboard.Analysis.Comparison;

// Quotations: the frame after or before each quotation, and continuation when it has none.
public sealed partial class Attribution
{
    private Actor? AttributeQuote(QuoteSpan quote)
    {
        var after = AfterFrame(quote);
        if (after.Found)
        {
            return after.Speaker;
        }

        var before = BeforeFrame(quote);
        if (before.Found)
        {
            return before.Speaker;
        }

        return Continuation(quote);
    }

    // "…,” said Ms Ali." / "…,” Reid said at the signing." / "…,” she said." / "…,’ beamed pensioner Maureen O'Brien."
    private Frame AfterFrame(QuoteSpan quote)
    {
        var from = quote.Range.End;
        var limit = Math.Min(LineEnd(from), Math.Min(_text.Length, from + Reach));
        var next = NextQuoteStart(from);
        limit = Math.Min(limit, next);
        var w = WordAt(from);
        if (w >= _words.Count || _words[w].Start >= limit || HasStop(from, _words[w].Start, allowComma: true))
        {
            return Frame.None;
        }

        if (NameWords.SpeechVerbs.Contains(_words[w].Lower))
        {
            return SubjectAfter(w, limit);
        }

        for (var k = w + 1; k < _words.Count && k <= w + 9 && _words[k].Start < limit; k++)
        {
            if (HasStop(_words[k - 1].End, _words[k].Start, allowComma: false))
            {
                break;
            }

            if (NameWords.SpeechVerbs.Contains(_words[k].Lower))
            {
                return SubjectBefore(k, from);
            }
        }

        return Frame.None;
    }

    // "Dr Nair said: “…”", "Marc Francis, a councillor, said “…”", "X called the deal “historic”", "Said Ortiz: “…”".
    private Frame BeforeFrame(QuoteSpan quote)
    {
        var start = RegionStart(quote.Range.Start);
        var verb = -1;
        for (var k = WordAt(start); k < _words.Count && _words[k].End <= quote.Range.Start; k++)
        {
            if ((NameWords.SpeechVerbs.Contains(_words[k].Lower) || NameWords.QuotingVerbs.Contains(_words[k].Lower)) &&
                InQuote(_words[k].Start) is null &&
                !(k > 0 && _words[k - 1].Lower is "was" or "were" or "been" or "being" or "is" or "are" or "be"))
            {
                verb = k; // not a passive ("her victory was confirmed"): that names no speaker
            }

            // "According to Layla Moran, “…”"
            if (_words[k].Lower == "according" && k + 2 < _words.Count && _words[k + 1].Lower == "to" &&
                _words[k + 2].End <= quote.Range.Start)
            {
                var at = Array.BinarySearch(_mentionStarts, _words[k + 2].Start);
                if (at >= 0)
                {
                    var m = _mentions[at].Mention;
                    var possessive = m.Start + m.Length < _text.Length && _text[m.Start + m.Length] is '’' or '\'';
                    return new Frame(true, possessive || _mentions[at].Actor is { Kind: ActorKind.Place or ActorKind.Group }
                        ? null : _mentions[at].Actor, m.Start);
                }

                return new Frame(true, null, _words[k].Start);
            }
        }

        if (verb >= 0)
        {
            var subject = SubjectBefore(verb, start);
            if (subject.Found)
            {
                return subject;
            }

            var inverted = SubjectAfter(verb, quote.Range.Start);
            if (inverted.Found)
            {
                return inverted;
            }
        }

        var region = _text.AsSpan(start, quote.Range.Start - start).TrimEnd();
        return region.EndsWith(":") ? ColonSubject(start, quote.Range.Start) : Frame.None;
    }

    // "Ali thanked those who had campaigned for her: “…”": the sentence's subject, its first name not after a preposition.
    private Frame ColonSubject(int start, int end)
    {
        for (var i = FirstMentionAt(start); i < _mentions.Count && _mentions[i].Mention.Start < end; i++)
        {
            var (mention, actor) = _mentions[i];
            if (InQuote(mention.Start) is not null || actor is null || actor.Kind is ActorKind.Place or ActorKind.Group)
            {
                continue;
            }

            var before = WordBefore(mention.Start);
            if (before >= 0 && _words[before].End > start && Prepositions.Contains(_words[before].Lower))
            {
                continue;
            }

            return new Frame(true, actor, mention.Start);
        }

        return Frame.None;
    }

    // A quotation without a frame: the speaker of the quotation before it in its paragraph, if no one else was named in
    // between ("…,” said Roe. “…”); or, opening a paragraph, the last voice of the paragraph before.
    private Actor? Continuation(QuoteSpan quote)
    {
        var paragraph = ParagraphOf(quote.Range.Start);
        var previous = _voices.Count == 0 ? default : _voices[^1];
        if (_voices.Count > 0 && previous.Paragraph == paragraph && previous.Speaker is { } same &&
            !OtherPersonBetween(previous.Position, quote.Range.Start, same))
        {
            return same;
        }

        var lineStart = _lineStarts[paragraph];
        if (!string.IsNullOrWhiteSpace(_text[lineStart..quote.Range.Start]))
        {
            return null;
        }

        var before = PreviousParagraph(paragraph);
        if (before < 0)
        {
            return null;
        }

        var last = default((int Position, int Paragraph, Actor? Speaker));
        for (var v = _voices.Count - 1; v >= 0 && _voices[v].Paragraph >= before; v--)
        {
            if (_voices[v].Paragraph == before)
            {
                last = _voices[v];
                break;
            }
        }

        return last.Speaker is { } speaker && !OtherPersonBetween(last.Position, lineStart, speaker) ? speaker : null;
    }

    private bool OtherPersonBetween(int from, int to, Actor speaker)
    {
        for (var i = FirstMentionAt(from); i < _mentions.Count && _mentions[i].Mention.Start < to; i++)
        {
            if (i - FirstMentionAt(from) > MentionReach)
            {
                return true; // too far to be sure it is the same speaker
            }

            var (mention, actor) = _mentions[i];
            if (actor is { Kind: ActorKind.Person } && actor.Id != speaker.Id && InQuote(mention.Start) is null)
            {
                return true;
            }
        }

        return false;
    }
}
