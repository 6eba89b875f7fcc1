using System.Collections.Frozen;
using BiasDashboard.Analysis.Text;

namespace BiasDashboard.Analysis.Comparison;

/// <summary>Reported speech: the clause a named speaker is reported as saying, in sentence <see cref="Sentence"/>.</summary>
public sealed record ReportedSpeech(TextRange Clause, Actor Speaker, int Sentence);

/// <summary>
/// Who said what in one article, the way rule-based quote attribution for news works (speech-verb frames around the
/// quotation, then continuation; see docs/attribution.md): for each quotation an attribution frame after it
/// ("…,” said Sen. Maria Delgado", "…,” Reid said", "…,” she said") or before it in its sentence ("Dr Nair said: “…",
/// "X called the deal “historic”", "Said Ortiz: “…"); the subject may carry an appositive or an age ("Sue Patel, 58, who
/// lives nearby, said"), be an organisation ("a spokesperson for GreenCycle", "the company"), a pronoun or a role noun
/// ("she", "the minister"), resolved to the last compatible named person in the paragraph or the one before; a
/// quotation with no frame continues the speaker of the quotation before it in its paragraph (split quotes) or of the
/// last voice of the paragraph before. Reported speech is a sentence "X said (that) …", "…, X said", "according to X, …",
/// "X told Y (that) …". A frame whose subject names no one ("his lawyer said", "officials said", "according to Smith's
/// lawyer") blocks every guess: the words stay unattributed. Every step looks at a bounded window, so the whole is
/// linear in the text.
/// </summary>
public sealed class Attribution
{
    private const int Reach = 240;

    // How many names back a pronoun or a continuation looks, so a paragraph of thousands of names stays linear.
    private const int MentionReach = 40;

    private static readonly FrozenSet<string> Auxiliaries = FrozenSet.ToFrozenSet(
        ["has", "had", "have", "also", "later", "then", "previously", "once", "again", "would", "will", "had", "repeatedly", "publicly", "privately", "quickly", "simply", "both"],
        StringComparer.Ordinal);

    private static readonly FrozenSet<string> OrganisationNouns = FrozenSet.ToFrozenSet(
        ["company", "firm", "agency", "service", "union", "council", "group", "department", "ministry", "government", "authority", "watchdog", "regulator",
         "court", "committee", "board", "charity", "campaign", "university", "school", "hospital", "airline", "club", "party", "police", "force", "office",
         "operator", "organisation", "organization", "association", "commission", "bank", "trust"],
        StringComparer.Ordinal);

    private static readonly FrozenSet<string> SpokesNouns = FrozenSet.ToFrozenSet(
        ["spokesperson", "spokesman", "spokeswoman", "spokespeople", "representative", "official", "officials", "source", "statement"], StringComparer.Ordinal);

    private static readonly FrozenSet<string> OtherDeterminers = FrozenSet.ToFrozenSet(
        ["his", "her", "their", "its", "a", "an", "one", "another", "some", "many", "our", "my", "your", "several", "two", "three"], StringComparer.Ordinal);

    private static readonly FrozenSet<string> Prepositions = FrozenSet.ToFrozenSet(
        ["at", "to", "of", "from", "by", "with", "for", "on", "against", "about", "behind", "than", "like", "in", "into", "over", "under", "after", "before"], StringComparer.Ordinal);

    private readonly string _text;
    private readonly IReadOnlyList<Sentence> _sentences;
    private readonly int[] _sentenceStarts;
    private readonly List<QuoteSpan> _outer = [];
    private readonly List<(int Start, int End, string Lower)> _words = [];
    private readonly int[] _wordStarts;
    private readonly List<(NameMention Mention, Actor? Actor)> _mentions;
    private readonly int[] _mentionStarts;
    private readonly Dictionary<int, int> _mentionByEnd = [];
    private readonly List<int> _lineStarts = [0];
    private readonly ActorCatalog _catalog;
    private readonly Dictionary<QuoteSpan, Actor?> _quotes = [];
    private readonly List<ReportedSpeech> _reported = [];
    private readonly List<(int Position, int Paragraph, Actor? Speaker)> _voices = [];

    private Attribution(string text, IReadOnlyList<Sentence> sentences, IReadOnlyList<QuoteSpan> quotes, IReadOnlyList<NameMention> names, ActorCatalog catalog)
    {
        _text = text;
        _catalog = catalog;
        _sentences = sentences.OrderBy(s => s.Range.Start).ToList();
        _sentenceStarts = _sentences.Select(s => s.Range.Start).ToArray();
        foreach (var quote in quotes.OrderBy(q => q.Range.Start))
        {
            if (_outer.Count == 0 || quote.Range.Start >= _outer[^1].Range.End)
            {
                _outer.Add(quote);
            }
        }

        ScanWords();
        _wordStarts = _words.Select(w => w.Start).ToArray();
        _mentions = names.OrderBy(m => m.Start).Select(m => (m, catalog.Resolve(m))).ToList();
        _mentionStarts = _mentions.Select(m => m.Mention.Start).ToArray();
        for (var i = 0; i < _mentions.Count; i++)
        {
            _mentionByEnd[_mentions[i].Mention.Start + _mentions[i].Mention.Length] = i;
        }

        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\n')
            {
                _lineStarts.Add(i + 1);
            }
        }
    }

    /// <summary>The speaker of every quotation (null when the text names none), outer and inner alike.</summary>
    public IReadOnlyDictionary<QuoteSpan, Actor?> Quotes => _quotes;

    /// <summary>The reported speech whose speaker the text names, in order.</summary>
    public IReadOnlyList<ReportedSpeech> Reported => _reported;

    /// <summary>Attributes the quotations and reported speech of <paramref name="text"/>; names resolve through <paramref name="catalog"/>.</summary>
    public static Attribution Find(string text, IReadOnlyList<Sentence> sentences, IReadOnlyList<QuoteSpan> quotes, IReadOnlyList<NameMention> names, ActorCatalog catalog)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(sentences);
        ArgumentNullException.ThrowIfNull(quotes);
        ArgumentNullException.ThrowIfNull(names);
        ArgumentNullException.ThrowIfNull(catalog);
        var attribution = new Attribution(text, sentences, quotes, names, catalog);
        attribution.Run(quotes);
        return attribution;
    }

    private void Run(IReadOnlyList<QuoteSpan> all)
    {
        // Reported frames and quotations in reading order, so continuation and pronouns see what came before.
        var events = _sentences.Select(s => (At: s.Range.Start, Quote: (QuoteSpan?)null, Sentence: (Sentence?)s))
            .Concat(_outer.Select(q => (At: q.Range.Start, Quote: (QuoteSpan?)q, Sentence: (Sentence?)null)))
            .OrderBy(e => e.At).ThenBy(e => e.Quote is null ? 0 : 1).ToList();
        foreach (var (_, quote, sentence) in events)
        {
            if (quote is not null)
            {
                var speaker = AttributeQuote(quote);
                _quotes[quote] = speaker;
                _voices.Add((quote.Range.Start, ParagraphOf(quote.Range.Start), speaker));
            }
            else if (ReportedIn(sentence!) is { } reported)
            {
                if (reported.Speaker is { } actor && reported.Clause.Length > 0)
                {
                    _reported.Add(new ReportedSpeech(reported.Clause, actor, sentence!.Index));
                }

                _voices.Add((reported.Clause.Start, ParagraphOf(reported.Clause.Start), reported.Speaker));
            }
        }

        foreach (var quote in all.Where(q => !_quotes.ContainsKey(q)))
        {
            var outer = InQuote(quote.Range.Start);
            _quotes[quote] = outer is null ? null : _quotes.GetValueOrDefault(outer);
        }
    }

    // ---- Quotations ------------------------------------------------------------------------------------------

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
            if ((NameWords.SpeechVerbs.Contains(_words[k].Lower) || NameWords.QuotingVerbs.Contains(_words[k].Lower)) && InQuote(_words[k].Start) is null &&
                !(k > 0 && _words[k - 1].Lower is "was" or "were" or "been" or "being" or "is" or "are" or "be"))
            {
                verb = k; // not a passive ("her victory was confirmed"): that names no speaker
            }

            // "According to Layla Moran, “…”"
            if (_words[k].Lower == "according" && k + 2 < _words.Count && _words[k + 1].Lower == "to" && _words[k + 2].End <= quote.Range.Start)
            {
                var at = Array.BinarySearch(_mentionStarts, _words[k + 2].Start);
                if (at >= 0)
                {
                    var m = _mentions[at].Mention;
                    var possessive = m.Start + m.Length < _text.Length && _text[m.Start + m.Length] is '’' or '\'';
                    return new Frame(true, possessive || _mentions[at].Actor is { Kind: ActorKind.Place or ActorKind.Group } ? null : _mentions[at].Actor, m.Start);
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
        if (_voices.Count > 0 && previous.Paragraph == paragraph && previous.Speaker is { } same && !OtherPersonBetween(previous.Position, quote.Range.Start, same))
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

    // ---- Reported speech -------------------------------------------------------------------------------------

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
        ["on", "in", "at", "last", "this", "yesterday", "today", "tonight", "earlier", "later", "afterwards", "monday", "tuesday", "wednesday",
         "thursday", "friday", "saturday", "sunday", "overnight", "recently", "previously", "late", "early", "when", "after", "before", "during", "while"],
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

    // ---- Subjects --------------------------------------------------------------------------------------------

    private readonly record struct Frame(bool Found, Actor? Speaker, int Position, int End = -1)
    {
        public static Frame None => new(false, null, 0);
    }

    // The speaker named just before a speech verb: "Ms Ali said", "Sue Patel, 58, who lives nearby, said", "she said",
    // "the minister added", "a spokesperson for GreenCycle said", "A fire service spokesman said".
    private Frame SubjectBefore(int verb, int limit)
    {
        var p = _words[verb].Start;
        for (var w = verb - 1; w >= 0 && _words[w].Start >= limit && Auxiliaries.Contains(_words[w].Lower) && OnlySpaces(_words[w].End, p); w--)
        {
            p = _words[w].Start;
        }

        var q = SkipBack(p, limit);
        var postNominal = WordBefore(q);
        if (postNominal >= 0 && _words[postNominal].End == q && _words[postNominal].Start >= limit && _words[postNominal].Lower is "kc" or "qc" or "mp" or "mep" or "jr" or "sr" or "jnr")
        {
            q = SkipBack(_words[postNominal].Start, limit); // "Olivia Grant KC told the court"
        }

        if (q > limit && _text[q - 1] == ',')
        {
            return Appositive(q - 1, limit);
        }

        return NounPhraseEndingAt(q, limit);
    }

    private Frame NounPhraseEndingAt(int q, int limit)
    {
        if (q <= limit)
        {
            return Frame.None;
        }

        if (_mentionByEnd.TryGetValue(q, out var index) && _mentions[index].Mention.Start >= limit)
        {
            var (mention, actor) = _mentions[index];
            var before = WordBefore(mention.Start);
            var conjoined = before >= 0 && _words[before].Start >= limit && _words[before].Lower is "and" or "or" or "nor" && OnlySpaces(_words[before].End, mention.Start);
            if (conjoined || actor is null || actor.Kind is ActorKind.Place or ActorKind.Group)
            {
                return new Frame(true, null, mention.Start);
            }

            // "Jan Eriksson of the World Health Organization said": the person, not their organisation.
            if (actor.Kind is not ActorKind.Person && before >= 0 && _words[before].Start >= limit)
            {
                var of = _words[before].Lower == "the" && before > 0 ? before - 1 : before;
                if (_words[of].Lower is "of" or "from" or "at" && _mentionByEnd.TryGetValue(SkipBack(_words[of].Start, limit), out var owner) &&
                    _mentions[owner].Mention.Start >= limit && _mentions[owner].Actor is { Kind: ActorKind.Person } person)
                {
                    return new Frame(true, person, _mentions[owner].Mention.Start);
                }
            }

            return new Frame(true, actor, mention.Start);
        }

        var last = WordBefore(q);
        if (last < 0 || _words[last].Start < limit || _words[last].End != q)
        {
            return Frame.None;
        }

        var lower = _words[last].Lower;
        if (NameWords.Pronouns.TryGetValue(lower, out var gender))
        {
            return new Frame(true, gender == 'n' ? null : Antecedent(_words[last].Start, gender), _words[last].Start);
        }

        if (!char.IsLower(_text[_words[last].Start]) && !char.IsUpper(_text[_words[last].Start]))
        {
            return Frame.None;
        }

        // A noun phrase of lower-case words: "the minister", "the local fire service", "A VA spokesperson", "officials".
        var nouns = new List<int> { last };
        var w = last - 1;
        while (w >= 0 && _words[w].Start >= limit && nouns.Count < 5 && OnlySpaces(_words[w].End, _words[nouns[0]].Start) &&
               char.IsLower(_text[_words[w].Start]) && _words[w].Lower is not "the" && !OtherDeterminers.Contains(_words[w].Lower) &&
               !Prepositions.Contains(_words[w].Lower) && !NameWords.SpeechVerbs.Contains(_words[w].Lower))
        {
            nouns.Insert(0, w);
            w--;
        }

        var head = _words[last].Lower;
        var determiner = w >= 0 && _words[w].Start >= limit && OnlySpaces(_words[w].End, _words[nouns[0]].Start) ? _words[w].Lower : "";
        var leadEnd = nouns[0] > 0 ? _words[nouns[0]].Start : 0;
        var words = nouns.Select(n => _words[n].Lower).ToList();
        if (SpokesNouns.Contains(head))
        {
            // "A VA spokesperson", "a fire service spokesman": whose spokesperson the words before say.
            if (words.Count == 1 && _mentionByEnd.TryGetValue(SkipBack(_words[last].Start, limit), out var owner) && _mentions[owner].Actor is { Kind: ActorKind.Organisation or ActorKind.Party or ActorKind.Other } org)
            {
                return new Frame(true, org, _mentions[owner].Mention.Start);
            }

            return new Frame(true, Description(words[..^1]), leadEnd);
        }

        if (determiner is "the" or "The")
        {
            if (OrganisationNouns.Contains(head))
            {
                return new Frame(true, Description(words) ?? LastOrganisation(_words[last].Start), leadEnd);
            }

            return new Frame(true, Antecedent(_words[last].Start, null), leadEnd);
        }

        // "officials said", "his lawyer said", "a neighbour said": someone the text does not name.
        return new Frame(true, null, leadEnd);
    }

    // "Sue Patel, 58, who lives nearby, said" (the head before the appositives) or "Its chief executive, Colin Barker, said"
    // (the name in the appositive after a description).
    private Frame Appositive(int comma, int limit)
    {
        var from = Math.Max(limit, comma - Reach);
        var segments = new List<(int Start, int End)>();
        var segmentStart = from;
        for (var i = from; i < comma; i++)
        {
            if (_text[i] == ',' && InQuote(i) is null)
            {
                segments.Add((segmentStart, i));
                segmentStart = i + 1;
            }
        }

        segments.Add((segmentStart, comma));
        if (segments.Count >= 2)
        {
            var (s, e) = Trimmed(segments[^1].Start, segments[^1].End) is var t ? (t.Start, t.End) : default;
            if (_mentionByEnd.TryGetValue(e, out var index) && _mentions[index].Mention.Start == s && _mentions[index].Actor is { Kind: not ActorKind.Place and not ActorKind.Group } named)
            {
                return new Frame(true, named, s);
            }
        }

        var found = false;
        for (var i = 0; i < segments.Count; i++)
        {
            var segment = Trimmed(segments[i].Start, segments[i].End);
            var frame = NounPhraseEndingAt(segment.End, segments[i].Start);
            if (frame.Found && frame.Speaker is not null && segments.Skip(i + 1).All(x => !HasSpeechVerb(x.Start, x.End)))
            {
                return frame;
            }

            found |= frame.Found;
        }

        return found ? new Frame(true, null, from) : Frame.None;
    }

    // The speaker named just after a speech verb: "said Sen. Maria Delgado, the Michigan Democrat", "said university President
    // Jonathan Pryce", "said a spokesperson for GreenCycle", "said the minister".
    private Frame SubjectAfter(int verb, int limit)
    {
        var from = _words[verb].End;
        var i = from;
        while (i < limit && _text[i] == ' ')
        {
            i++;
        }

        if (i >= limit || !char.IsLetter(_text[i]))
        {
            return Frame.None;
        }

        var end = i;
        while (end < limit && end - i < 90)
        {
            var c = _text[end];
            if (c is ',' or ';' or ':' or '—' or '–' or '(' or '\n' or '“' or '”' or '"' or '‘' or '!' or '?' || c == '.' && !AbbreviationDot(end))
            {
                break;
            }

            end++;
        }

        var first = WordAt(i);
        if (first < _words.Count && NameWords.Pronouns.TryGetValue(_words[first].Lower, out var gender))
        {
            return new Frame(true, gender == 'n' ? null : Antecedent(_words[verb].Start, gender), i);
        }

        Actor? speaker = null;
        var found = false;
        var npEnd = -1;
        for (var m = FirstMentionAt(i); m < _mentions.Count && _mentions[m].Mention.Start < end; m++)
        {
            found = true;
            npEnd = _mentions[m].Mention.Start + _mentions[m].Mention.Length;
            speaker = _mentions[m].Actor is { Kind: not ActorKind.Place and not ActorKind.Group } a ? a : speaker;
        }

        if (found)
        {
            return new Frame(true, speaker, i, npEnd);
        }

        if (first < _words.Count && _words[first].Lower == "the" && first + 1 < _words.Count && _words[first + 1].Start < end)
        {
            var role = OrganisationNouns.Contains(_words[first + 1].Lower) ? LastOrganisation(from) : Antecedent(from, null);
            return new Frame(true, role, i, _words[first + 1].End);
        }

        return Frame.None;
    }

    // The last named person before `at`, in this paragraph or the one before, outside quotations, whose title does not
    // contradict the pronoun's gender.
    private Actor? Antecedent(int at, char? gender)
    {
        var paragraph = ParagraphOf(at);
        var previous = PreviousParagraph(paragraph);
        var windowStart = _lineStarts[previous >= 0 ? previous : paragraph];
        var from = FirstMentionAt(at) - 1;
        for (var i = from; i >= 0 && _mentions[i].Mention.Start >= windowStart && from - i < MentionReach; i--)
        {
            var (mention, actor) = _mentions[i];
            var end = mention.Start + mention.Length;
            if (actor is not { Kind: ActorKind.Person } || InQuote(mention.Start) is not null || end < _text.Length && _text[end] is '’' or '\'' && end + 1 < _text.Length && _text[end + 1] == 's')
            {
                continue;
            }

            if (gender is { } g && _catalog.GenderOf(actor) is { } known && known != g)
            {
                continue;
            }

            return actor;
        }

        return null;
    }

    private Actor? LastOrganisation(int at)
    {
        var paragraph = ParagraphOf(at);
        var previous = PreviousParagraph(paragraph);
        var windowStart = _lineStarts[previous >= 0 ? previous : paragraph];
        var from = FirstMentionAt(at) - 1;
        for (var i = from; i >= 0 && _mentions[i].Mention.Start >= windowStart && from - i < MentionReach; i--)
        {
            if (_mentions[i].Actor is { Kind: ActorKind.Organisation or ActorKind.Party } org && InQuote(_mentions[i].Mention.Start) is null)
            {
                return org;
            }
        }

        return null;
    }

    // "fire service" → the one organisation whose name holds those words; adjectives in front are dropped one by one ("local").
    private Actor? Description(List<string> words)
    {
        for (var skip = 0; skip < words.Count; skip++)
        {
            if (_catalog.ResolveDescription(words[skip..]) is { } found)
            {
                return found;
            }
        }

        return null;
    }

    // ---- Text helpers ----------------------------------------------------------------------------------------

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
            while (j < _text.Length && (char.IsLetterOrDigit(_text[j]) || _text[j] is '\'' or '’' or '-' && j + 1 < _text.Length && char.IsLetter(_text[j + 1]) && !(_text[j] is '\'' or '’' && _text[j + 1] == 's' && (j + 2 >= _text.Length || !char.IsLetter(_text[j + 2])))))
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

    private int FirstMentionAt(int offset)
    {
        var i = Array.BinarySearch(_mentionStarts, offset);
        if (i < 0)
        {
            return ~i;
        }

        while (i > 0 && _mentionStarts[i - 1] == offset)
        {
            i--;
        }

        return i;
    }

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
