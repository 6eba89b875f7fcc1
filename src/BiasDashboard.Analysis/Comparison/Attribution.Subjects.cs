namespace BiasDashboard.Analysis.Comparison;

// Subjects: the speaker named before or after a speech verb, through appositives, pronouns and role nouns.
public sealed partial class Attribution
{
    private readonly record struct Frame(bool Found, Actor? Speaker, int Position, int End = -1)
    {
        public static Frame None => new(false, null, 0);
    }

    // The speaker named just before a speech verb: "Ms Ali said", "Sue Patel, 58, who lives nearby, said", "she said",
    // "the minister added", "a spokesperson for GreenCycle said", "A fire service spokesman said".
    private Frame SubjectBefore(int verb, int limit)
    {
        var p = _words[verb].Start;
        for (var w = verb - 1; w >= 0 && _words[w].Start >= limit && Auxiliaries.Contains(_words[w].Lower) &&
            OnlySpaces(_words[w].End, p); w--)
        {
            p = _words[w].Start;
        }

        var q = SkipBack(p, limit);
        var postNominal = WordBefore(q);
        if (postNominal >= 0 && _words[postNominal].End == q && _words[postNominal].Start >= limit && _words[postNominal].Lower is "kc" or
            "qc" or "mp" or "mep" or "jr" or "sr" or "jnr")
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
            var conjoined = before >= 0 && _words[before].Start >= limit && _words[before].Lower is "and" or "or" or "nor" &&
                OnlySpaces(_words[before].End, mention.Start);
            if (conjoined || actor is null || actor.Kind is ActorKind.Place or ActorKind.Group)
            {
                return new Frame(true, null, mention.Start);
            }

            // "Jan Eriksson of the World Health Organization said": the person, not their organisation.
            if (actor.Kind is not ActorKind.Person && before >= 0 && _words[before].Start >= limit)
            {
                var of = _words[before].Lower == "the" && before > 0 ? before - 1 : before;
                if (_words[of].Lower is "of" or "from" or "at" &&
                    _mentionByEnd.TryGetValue(SkipBack(_words[of].Start, limit), out var owner) &&
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
            if (words.Count == 1 && _mentionByEnd.TryGetValue(SkipBack(_words[last].Start, limit), out var owner) &&
                _mentions[owner].Actor is { Kind: ActorKind.Organisation or ActorKind.Party or ActorKind.Other } org)
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
            if (_mentionByEnd.TryGetValue(e, out var index) && _mentions[index].Mention.Start == s &&
                _mentions[index].Actor is { Kind: not ActorKind.Place and not ActorKind.Group } named)
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
            if (c is ',' or ';' or ':' or '—' or '–' or '(' or '\n' or '“' or '”' or '"' or '‘' or '!' or '?' || c == '.' &&
                !AbbreviationDot(end))
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
            if (actor is not { Kind: ActorKind.Person } || InQuote(mention.Start) is not null || end < _text.Length && _text[end] is '’' or
                '\'' && end + 1 < _text.Length && _text[end + 1] == 's')
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
            if (_mentions[i].Actor is { Kind: ActorKind.Organisation or ActorKind.Party } org &&
                InQuote(_mentions[i].Mention.Start) is null)
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
}
