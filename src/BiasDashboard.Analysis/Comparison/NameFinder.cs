using System.Collections.Frozen;

namespace BiasDashboard.Analysis.Comparison;

/// <summary>
/// Finds proper names in one pass over the text (no regular expressions): runs of capitalised words, acronyms
/// ("F.B.I."), middle initials ("Robert K. Lane"), particles ("von der Leyen", "da Silva", "al-Mansouri"), and
/// organisation names joined by "of", "for", "to" or "and" when the whole is an organisation ("Northshire Fire and
/// Rescue Service", "House of Commons"). Titles ("Sen.", "Lt. Gen.", "Baroness", "Cllr") are split off as the
/// mention's title; job words ("MP", "Defense Secretary") are cut out with the words that only describe the job. A
/// possessive "’s" ends a name; months, weekdays and number words are not names; a capitalised word that opens a
/// sentence counts only when the same word is never written in lower case in the text ("Ali said" is a name, "Last
/// November" is not). Headline-like lines (no closing punctuation, or shouted in capitals) and datelines
/// ("WASHINGTON (AP) —") are left out when the text has more than one line.
/// </summary>
public static class NameFinder
{
    // Words that head an organisation whose name goes on with "of", "for" or "to": "House of Commons", "Campaign to Protect Rural England".
    private static readonly FrozenSet<string> OrganisationHeads = FrozenSet.ToFrozenSet(
        ["House", "Houses", "Department", "University", "Ministry", "Committee", "Campaign", "Centre", "Centres", "Center", "Centers", "Bureau",
         "Institute", "Office", "Court", "Chamber", "Bank", "Council", "Association", "Union", "Federation", "Society", "Agency", "Commission",
         "Board", "Church", "Party", "Museum", "School", "College", "Academy", "Foundation", "Trust", "Embassy", "Assembly", "Coalition",
         "Alliance", "Friends", "League", "Fund", "Organisation", "Organization", "Division", "Corps", "States", "Republic", "Kingdom",
         "Federal", "Confederation", "Secretary", "Royal", "Order", "Network", "Conference", "Congress", "Parliament", "Army", "Navy",
         "Service", "Authority", "Directorate", "Tribunal", "Club", "Guild", "Company", "Corporation", "Group", "Forum", "Movement", "Front"],
        StringComparer.Ordinal);

    private static readonly FrozenSet<string> CampaignVerbs = FrozenSet.ToFrozenSet(["Stop", "Save", "Protect", "Keep", "Defend", "Reclaim", "Ban", "End"], StringComparer.Ordinal);

    /// <summary>The names in <paramref name="text"/>, in order.</summary>
    public static IReadOnlyList<NameMention> Find(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var lower = LowerCaseWords(text);
        var mentions = new List<NameMention>();
        foreach (var (start, end) in ProseLines(text))
        {
            var tokens = NameTokens.Scan(text, start, end);
            var i = 0;
            while (i < tokens.Count)
            {
                if (!StartsRun(tokens, i))
                {
                    i++;
                    continue;
                }

                var run = Run(tokens, i);
                Process(text, run, lower, mentions);
                i += run.Count;
            }
        }

        return mentions;
    }

    // No name is longer than this many words; a longer run of capitals is cut, which keeps every step per run bounded.
    private const int MaxRun = 12;

    private static bool IsNamePart(NameToken t) => t.Kind is NameTokenKind.Capital or NameTokenKind.Acronym or NameTokenKind.Initial;

    private static bool StartsRun(List<NameToken> tokens, int i) =>
        IsNamePart(tokens[i]) ||
        tokens[i].Kind == NameTokenKind.Lower && NameWords.Particles.Contains(tokens[i].Text) && ParticleLeadsToName(tokens, i);

    private static bool ParticleLeadsToName(List<NameToken> tokens, int i)
    {
        var j = i;
        while (j < tokens.Count && tokens[j].Kind == NameTokenKind.Lower && NameWords.Particles.Contains(tokens[j].Text) && j - i < 3)
        {
            j++;
        }

        return j > i && j < tokens.Count && tokens[j].Kind == NameTokenKind.Capital && !NameWords.FunctionWords.Contains(tokens[j].Text);
    }

    // The tokens of one run: name parts, with particles and connectors between them; a possessive or anything else ends it.
    private static List<NameToken> Run(List<NameToken> tokens, int i)
    {
        var run = new List<NameToken> { tokens[i] };
        var k = i + 1;
        while (k < tokens.Count && !run[^1].Possessive && run.Count < MaxRun)
        {
            var t = tokens[k];
            if (IsNamePart(t))
            {
                run.Add(t);
                k++;
                continue;
            }

            var isParticle = t.Kind == NameTokenKind.Lower && NameWords.Particles.Contains(t.Text) && ParticleLeadsToName(tokens, k);
            var isConnector = (t.Kind == NameTokenKind.Lower && NameWords.Connectors.Contains(t.Text) || t.Text == "&") &&
                              ConnectorLeadsToName(tokens, k);
            if (!isParticle && !isConnector)
            {
                break;
            }

            run.Add(t);
            k++;
        }

        // A run never ends on a particle or connector.
        while (run.Count > 1 && !IsNamePart(run[^1]))
        {
            run.RemoveAt(run.Count - 1);
        }

        return run;
    }

    private static bool ConnectorLeadsToName(List<NameToken> tokens, int k)
    {
        var j = k + 1;
        if (j < tokens.Count && tokens[j].Text == "the")
        {
            j++;
        }

        return j < tokens.Count && tokens[j].Kind is NameTokenKind.Capital or NameTokenKind.Acronym && !NameWords.FunctionWords.Contains(tokens[j].Text);
    }

    private static void Process(string text, List<NameToken> run, HashSet<string> lower, List<NameMention> mentions)
    {
        // "Stop The War", "House Of Commons": a known name in any case is one name, whatever its small words.
        if (run.Count is >= 2 and <= 6 && run.Any(t => NameWords.FunctionWords.Contains(t.Text) || NameWords.Connectors.Contains(t.Text)) &&
            KnownActors.IsKnown(string.Join(' ', run.Select(t => t.Text))))
        {
            Emit(text, run, [], [], lower, OpensSentence(text, run[0].Start), mentions);
            return;
        }

        foreach (var segment in SplitAtConnectors(run))
        {
            Words(text, segment, lower, mentions);
        }
    }

    // A connector stays inside a name only when the whole is an organisation: "House of Commons", "Fire and Rescue Service",
    // "Stop the War"; "Ortiz and Holt" is two names.
    private static IEnumerable<List<NameToken>> SplitAtConnectors(List<NameToken> run)
    {
        var current = new List<NameToken>();
        for (var i = 0; i < run.Count; i++)
        {
            var t = run[i];
            if (IsNamePart(t) || NameWords.Particles.Contains(t.Text) && t.Text is not "the" and not "of")
            {
                current.Add(t);
                continue;
            }

            var right = new List<NameToken>();
            var j = i + 1;
            while (j < run.Count && (IsNamePart(run[j]) || run[j].Text == "the" && right.Count == 0))
            {
                right.Add(run[j]);
                j++;
            }

            var words = right.Where(IsNamePart).ToList();
            var keep = current.Count > 0 && words.Count > 0 && (t.Text switch
            {
                "and" or "&" => KnownActors.IsOrganisationWord(StripDot(words[^1].Text)) && !NameWords.Titles.Contains(StripDot(current[0].Text)),
                "the" => CampaignVerbs.Contains(current[^1].Text),
                _ => current.Any(c => OrganisationHeads.Contains(c.Text)) ||
                     KnownActors.IsKnown(string.Join(' ', current.Concat([t]).Concat(right).Select(x => x.Text))),
            });
            if (keep)
            {
                current.Add(t);
                continue;
            }

            if (current.Count > 0)
            {
                yield return current;
            }

            current = [];
        }

        if (current.Count > 0)
        {
            yield return current;
        }
    }

    private static string StripDot(string word) => word.TrimEnd('.');

    // Titles, job words and ordinary words out; the rest flushed as mentions.
    private static void Words(string text, List<NameToken> tokens, HashSet<string> lower, List<NameMention> mentions)
    {
        var current = new List<NameToken>();
        var titles = new List<NameToken>();
        var dropped = new List<NameToken>();
        var opensSentence = OpensSentence(text, tokens[0].Start);

        void Flush()
        {
            if (current.Count > 0)
            {
                Emit(text, current, titles, dropped, lower, opensSentence && (titles.Count > 0 ? titles[0] : current[0]).Start == tokens[0].Start, mentions);
            }

            current = [];
            titles = [];
        }

        for (var i = 0; i < tokens.Count; i++)
        {
            var t = tokens[i];
            var bare = StripDot(t.Text);
            var connector = !IsNamePart(t);
            if (connector)
            {
                current.Add(t);
                continue;
            }

            if (i == 0 && opensSentence && !NameWords.Titles.Contains(bare) && !KnownActors.IsKnown(bare) && t.Kind == NameTokenKind.Capital &&
                lower.Contains(bare.ToLowerInvariant()))
            {
                continue; // "The", "Last", "But": an ordinary word at the start of a sentence
            }

            // "Justice Department", "Judge Business School": a title before an organisation's name is part of that name.
            var restIsOrganisation = tokens.Skip(i + 1).Any(x => KnownActors.IsOrganisationWord(StripDot(x.Text)));
            if (NameWords.Titles.Contains(bare) && !restIsOrganisation && i + 1 < tokens.Count && current.Count == 0 &&
                tokens.Skip(i + 1).Any(x => IsNamePart(x) && !NameWords.Titles.Contains(StripDot(x.Text)) && !NameWords.RoleWords.Contains(StripDot(x.Text))))
            {
                titles.Add(t);
                continue;
            }

            if (NameWords.Titles.Contains(bare) && current.Count > 0 && i + 1 < tokens.Count && !restIsOrganisation)
            {
                // "Defense Secretary", "Police Chief": the words before a title describe the job; a known body among them is kept.
                DropDescriptors(text, current, lower, mentions);
                titles.Add(t);
                current = [];
                continue;
            }

            if (NameWords.RoleWords.Contains(bare) && !restIsOrganisation || NameWords.NotNames.Contains(bare) || NameWords.FunctionWords.Contains(bare))
            {
                // "Olivia Grant KC told", "Rachel Greaves MP said": letters after a name end it; they do not describe the job of what follows.
                if (bare is "KC" or "QC" or "MP" or "MEP" or "MSP" or "Jr" or "Sr" or "OBE" or "MBE" or "CBE" && current.Count > 0 &&
                    (i + 1 >= tokens.Count || !IsNamePart(tokens[i + 1])))
                {
                    Flush();
                    continue;
                }

                if (NameWords.RoleWords.Contains(bare) && !NameWords.FunctionWords.Contains(bare))
                {
                    DropDescriptors(text, current, lower, mentions);
                    current = [];
                    titles = [];
                    dropped.Add(t);
                    continue;
                }

                Flush();
                continue;
            }

            current.Add(t);
            if (t.Possessive)
            {
                Flush(); // "Starmer’s three-line whip": a possessive ends the name
            }
        }

        Flush();
    }

    // Words before a job word ("Defense" in "Defense Secretary Lee Park") only describe the job, unless they name a known
    // body or an organisation ("Labour MP", "European Commission President").
    private static void DropDescriptors(string text, List<NameToken> current, HashSet<string> lower, List<NameMention> mentions)
    {
        var words = current.Where(IsNamePart).ToList();
        if (words.Count == 0)
        {
            return;
        }

        var name = string.Join(' ', current.Select(c => StripDot(c.Text)));
        if (KnownActors.IsKnown(name) || KnownActors.LooksLikeOrganisation(words.Select(w => StripDot(w.Text)).ToList()))
        {
            Emit(text, current, [], [], lower, false, mentions);
        }
    }

    private static void Emit(string text, List<NameToken> current, List<NameToken> titles, List<NameToken> dropped, HashSet<string> lower, bool opensSentence, List<NameMention> mentions)
    {
        while (current.Count > 0 && !IsNamePart(current[^1]))
        {
            current.RemoveAt(current.Count - 1);
        }

        if (current.Count == 0)
        {
            return;
        }

        var tokens = current.Select(c => c.Kind == NameTokenKind.Initial || c.Kind == NameTokenKind.Acronym ? c.Text : StripDot(c.Text)).ToList();
        var start = titles.Count > 0 ? titles[0].Start : current[0].Start;
        var end = current[^1].End;
        var title = titles.Count == 0 ? null : string.Join(' ', titles.Select(t => t.Text));
        var role = dropped.Count == 0 ? null : string.Join(' ', dropped.Select(t => t.Text));

        // "Commons Penny Mordaunt", "Ohio Republican": a known body or place before a name is a separate name.
        var known = KnownActors.IsKnown(string.Join(' ', tokens)) || title is not null ? 0 : Enumerable.Range(1, Math.Max(0, tokens.Count - 1)).Reverse()
            .FirstOrDefault(k => KnownActors.TryGet(string.Join(' ', tokens.Take(k)), out _, out var kind) &&
                                 (tokens.Count - k >= 2 || kind == ActorKind.Party || KnownActors.TryGet(string.Join(' ', tokens.Skip(k)), out _, out _)) &&
                                 !(kind is ActorKind.Place or ActorKind.Group && KnownActors.LooksLikeOrganisation(tokens.Skip(k).ToList()))); // "American Civil Liberties Union"
        if (known > 0)
        {
            mentions.Add(new NameMention(start, current[known - 1].End - start, null, tokens[..known]) { OpensSentence = opensSentence });
            tokens = tokens[known..];
            start = current[known].Start;
            opensSentence = false;
        }

        mentions.Add(new NameMention(start, end - start, title, tokens)
        {
            CommonFirstWord = lower.Contains(tokens[0].ToLowerInvariant()),
            OpensSentence = opensSentence,
            Role = role,
            Cue = title is null ? CueAround(text, start, current[^1]) : null,
        });
    }

    private static readonly FrozenSet<string> PlacePrepositions = FrozenSet.ToFrozenSet(
        ["in", "near", "across", "outside", "around", "into", "throughout", "towards", "toward", "inside"], StringComparer.Ordinal);

    private static readonly FrozenSet<string> SpokesWords = FrozenSet.ToFrozenSet(
        ["spokesperson", "spokesman", "spokeswoman", "director", "head", "executive", "president", "chair", "chairman", "boss", "founder", "officials"], StringComparer.Ordinal);

    // "in Benton Harbor" reads as a place; "a spokesperson for GreenCycle", "GreenCycle’s director" as an organisation.
    private static ActorKind? CueAround(string text, int start, NameToken last)
    {
        var (word, before) = WordBefore(text, start);
        if (PlacePrepositions.Contains(word))
        {
            return ActorKind.Place;
        }

        if (word is "for" or "of" && SpokesWords.Contains(WordBefore(text, before).Word))
        {
            return ActorKind.Organisation;
        }

        if (last.Possessive)
        {
            var next = last.End + 2;
            while (next < text.Length && text[next] == ' ')
            {
                next++;
            }

            var wordEnd = next;
            while (wordEnd < text.Length && char.IsLetter(text[wordEnd]))
            {
                wordEnd++;
            }

            if (SpokesWords.Contains(text[next..wordEnd]) && text[next..wordEnd] is not "president" and not "head")
            {
                return ActorKind.Organisation;
            }
        }

        return null;
    }

    // The lower-case word just before `at` (skipping spaces), and where it starts; "" when the text there is not a lower-case word.
    private static (string Word, int Start) WordBefore(string text, int at)
    {
        var end = at;
        while (end > 0 && text[end - 1] == ' ')
        {
            end--;
        }

        var start = end;
        while (start > 0 && char.IsLetter(text[start - 1]))
        {
            start--;
        }

        return start < end && char.IsLower(text[start]) ? (text[start..end], start) : ("", start);
    }

    // Every word written in lower case in the text, found once, so "is this capitalised word also an ordinary word?" is a lookup.
    private static HashSet<string> LowerCaseWords(string text)
    {
        var words = new HashSet<string>(StringComparer.Ordinal);
        var i = 0;
        while (i < text.Length)
        {
            if (!char.IsLetter(text[i]) || i > 0 && char.IsLetter(text[i - 1]))
            {
                i++;
                continue;
            }

            var j = i;
            while (j < text.Length && char.IsLetter(text[j]))
            {
                j++;
            }

            if (char.IsLower(text[i]))
            {
                words.Add(text[i..j]);
            }

            i = j;
        }

        return words;
    }

    private static bool OpensSentence(string text, int offset)
    {
        var i = offset - 1;
        while (i >= 0 && (text[i] is ' ' or '\t' or '“' or '‘' or '"' or '\'' or '(' or '*' or '-' or '•' or '#' or '>' || char.IsWhiteSpace(text[i]) && text[i] != '\n'))
        {
            i--;
        }

        if (i < 0 || text[i] is '\n' or '!' or '?' or ':' or '—')
        {
            return true;
        }

        if (text[i] != '.')
        {
            return false;
        }

        // "Mr. Smith", "Robert K. Lane": a dot after an abbreviation or an initial does not end a sentence.
        var wordEnd = i;
        var wordStart = wordEnd;
        while (wordStart > 0 && char.IsLetter(text[wordStart - 1]))
        {
            wordStart--;
        }

        var word = text[wordStart..wordEnd];
        return !(word.Length == 1 && char.IsUpper(word[0]) || NameWords.Abbreviations.Contains(word));
    }

    /// <summary>
    /// The spans of <paramref name="text"/> that are prose: every line, except (when there is more than one line) lines
    /// that read as a headline, standfirst or byline, and a dateline at the start of a paragraph.
    /// </summary>
    internal static IEnumerable<(int Start, int End)> ProseLines(string text)
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

    // "WASHINGTON (Capital Wire) — …", "LANSING, Mich. (AP) — …", "Kamloops - More than …": the place and agency before the dash are not prose.
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
                var prefix = text[i..j];
                var prefixWords = prefix.Split([' ', ',', '(', ')'], StringSplitOptions.RemoveEmptyEntries);
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
