using System.Collections.Frozen;
using BiasDashboard.Analysis.Text;

namespace BiasDashboard.Analysis.Comparison;

// Reported speech: "X said (that) …", "…, X said", "according to X, …" in sentences outside quotations.
public sealed partial class Attribution
{
    private (TextRange Clause, Actor? Speaker)? ReportedIn(Sentence sentence)
    {
        if (sentence.IsMainlyQuoted)
        {
            return null; // a quotation's own frame ("…,” Reid said in a statement.") is not reported speech
        }

        var start = sentence.Range.Start;
        var end = sentence.Range.End;
        var first = WordAt(start);
        for (var k = first; k < _words.Count && _words[k].Start < end; k++)
        {
            var word = _words[k].Lower;
            if (InQuote(_words[k].Start) is not null)
            {
                continue;
            }

            if (word == "according" && k + 1 < _words.Count && _words[k + 1].Lower == "to")
            {
                return According(k, start, end);
            }

            if (!NameWords.ReportingVerbs.Contains(word))
            {
                continue;
            }

            // "…, said Sue Patel." / "…, said Daniel Ochoa, a spokesman for …": the clause comes first, the name closes the sentence.
            var beforeVerb = SkipBack(_words[k].Start, start);
            if (beforeVerb > start && _text[beforeVerb - 1] == ',')
            {
                var inverted = SubjectAfter(k, end);
                if (inverted.Found && inverted.End > 0 && ClosesPhrase(inverted.End, end))
                {
                    return (Trimmed(start, beforeVerb - 1), inverted.Speaker);
                }
            }

            var subject = SubjectBefore(k, start);
            if (!subject.Found)
            {
                continue;
            }

            // "…, Qatari mediator Khalid al-Mansouri said on Friday." : little after the verb, so the clause is before the subject.
            if (ThinTail(k, end))
            {
                var comma = CommaBefore(subject.Position, start);
                return (comma > start ? Trimmed(start, comma) : new TextRange(end, 0), subject.Speaker);
            }

            return (ClauseAfter(k, end), subject.Speaker);
        }

        return null;
    }

    private static readonly FrozenSet<string> AdverbialStarts = FrozenSet.ToFrozenSet(
        ["on", "in", "at", "last", "this", "yesterday", "today", "tonight", "earlier", "later", "afterwards", "monday", "tuesday",
            "wednesday",
         "thursday", "friday", "saturday", "sunday", "overnight", "recently", "previously", "late", "early", "when", "after", "before",
             "during", "while"],
        StringComparer.Ordinal);

    // Whether the words after a verb (and the person told) up to the next comma or the sentence's end are only an adverbial
    // ("on Friday", "in a statement", "Wednesday"), so what was said is the clause before the subject.
    private bool ThinTail(int verb, int end)
    {
        var k = verb + 1;
        if (_words[verb].Lower is "told" or "tells" && k < _words.Count && _words[k].Start < end)
        {
            var mention = Array.BinarySearch(_mentionStarts, _words[k].Start);
            k = mention >= 0 ? WordAt(_mentions[mention].Mention.Start + _mentions[mention].Mention.Length)
                : _words[k].Lower is "the" or "a" or "an" ? Math.Min(k + 3, _words.Count) : k + 1;
        }

        var count = 0;
        var firstWord = "";
        for (var j = k; j < _words.Count && _words[j].Start < end; j++)
        {
            var gap = _text.AsSpan(_words[j - 1].End, _words[j].Start - _words[j - 1].End);
            if (gap.IndexOfAny(",.;:") >= 0 && !(gap.Trim().SequenceEqual(".") && AbbreviationDot(_words[j - 1].End)))
            {
                break;
            }

            if (_words[j].Lower == "that" || ++count > 6)
            {
                return false;
            }

            firstWord = count == 1 ? _words[j].Lower : firstWord;
        }

        return count == 0 || AdverbialStarts.Contains(firstWord);
    }

    // The comma that closes the clause before a subject ("…, ICRC regional director Layla Haddad said"), within a few words.
    private int CommaBefore(int position, int start)
    {
        for (var i = position - 1; i > start && position - i < 90; i--)
        {
            if (_text[i] == ',' && InQuote(i) is null)
            {
                return i;
            }

            if (_text[i] is '.' or ';' or '“' or '”' or '"')
            {
                return -1;
            }
        }

        return -1;
    }

    // Whether a name after a verb ends its phrase: the sentence or an appositive follows ("said Sue Patel, 63, a retired teacher.").
    private bool ClosesPhrase(int npEnd, int end)
    {
        var i = npEnd;
        while (i < end && _text[i] == ' ')
        {
            i++;
        }

        return i >= end - 1 || _text[i] is '.' or ',' or '!' or '?' or ';';
    }

    // "According to Jess Phillips, the whips…" / "…, according to NHS England." / "According to Lane's lawyer, …" (no one named).
    private (TextRange Clause, Actor? Speaker) According(int k, int start, int end)
    {
        var nameAt = k + 2 < _words.Count ? _words[k + 2].Start : end;
        var mention = _mentionStarts.Length == 0 ? -1 : Array.BinarySearch(_mentionStarts, nameAt);
        Actor? speaker = null;
        var npEnd = nameAt;
        if (mention >= 0 && _mentions[mention].Actor is { Kind: not ActorKind.Place and not ActorKind.Group } actor)
        {
            var m = _mentions[mention].Mention;
            npEnd = m.Start + m.Length;
            var possessive = npEnd < _text.Length && _text[npEnd] is '’' or '\'';
            speaker = possessive ? null : actor;
        }

        var atStart = SkipBack(_words[k].Start, start) <= start;
        if (atStart)
        {
            var comma = _text.IndexOf(',', npEnd, Math.Max(0, Math.Min(end, npEnd + 120) - npEnd));
            return comma < 0 ? (new TextRange(end, 0), null) : (Trimmed(comma + 1, end), speaker);
        }

        var before = SkipBack(_words[k].Start, start);
        return (Trimmed(start, before > start && _text[before - 1] == ',' ? before - 1 : before), speaker);
    }

    // The clause after a reporting verb: past "that", past the person told ("told reporters that …"), to the sentence's end.
    private TextRange ClauseAfter(int verb, int end)
    {
        var k = verb + 1;
        if (_words[verb].Lower is "told" or "tells" && k < _words.Count)
        {
            var mention = Array.BinarySearch(_mentionStarts, _words[k].Start);
            if (mention >= 0)
            {
                var m = _mentions[mention].Mention;
                k = WordAt(m.Start + m.Length);
            }
            else
            {
                k += _words[k].Lower is "the" or "a" && k + 1 < _words.Count ? 2 : 1;
            }
        }

        for (var j = k; j < _words.Count && j < k + 6 && _words[j].Start < end; j++)
        {
            if (_words[j].Lower == "that" && InQuote(_words[j].Start) is null)
            {
                k = j + 1;
                break;
            }
        }

        var from = k < _words.Count ? Math.Min(_words[k].Start, end) : end;
        while (from > _words[verb].End && _text[from - 1] is '“' or '"' or '‘' or '\'')
        {
            from--;
        }

        return Trimmed(from, end);
    }
}
