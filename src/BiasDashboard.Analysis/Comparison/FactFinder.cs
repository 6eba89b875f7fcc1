using System.Text.RegularExpressions;
using BiasDashboard.Analysis.Text;

namespace BiasDashboard.Analysis.Comparison;

/// <summary>
/// Finds the numbers and claims an article states about an event and keys them by what they count, so outlets can be
/// compared. Three shapes:
/// <list type="bullet">
/// <item>vote tallies: "failed by 293 to 125 votes", "294 voting against and 125 voting in favour" → "294–125", larger first;</item>
/// <item>counts: a number, then within six words what it counts (frontbenchers, MPs, councillors, people, votes, per cent),
/// with the sentence's action (resigned, backed, voted against, abstained, marched, killed, won): "10 of her frontbench
/// colleagues who resigned" → frontbenchers · resigned = 10. Votes and per cent are also keyed by the sentence's first
/// named person or party, so one candidate's share is never compared with another's;</item>
/// <item>how a named person voted: the sentence's subject (its first person, or a name the rules cannot place, not in a possessive or after a preposition)
/// with "voted against", "voted for"/"backed", "abstained": "Ali … abstained" → stance of Rushanara Ali = abstained.</item>
/// </list>
/// Years, dates, money and ordinals are not counts.
/// </summary>
public static partial class FactFinder
{
    private static readonly (string Key, string Label, Regex Noun)[] Counted =
    [
        ("frontbenchers", "Frontbenchers", new(@"\b(?:front\s?bench(?:ers?)?|shadow\s+ministers?)\b", RegexOptions.IgnoreCase | RegexOptions.NonBacktracking)),
        ("mps", "MPs", new(@"\b(?:MPs|MP|members\s+of\s+parliament)\b", RegexOptions.NonBacktracking)),
        ("councillors", "Councillors", new(@"\bcouncillors?\b", RegexOptions.IgnoreCase | RegexOptions.NonBacktracking)),
        ("majority", "Winning majority (votes)", new(@"^\s*votes?\b", RegexOptions.IgnoreCase | RegexOptions.NonBacktracking)),
        ("votes", "Votes", new(@"\bvotes\b", RegexOptions.IgnoreCase | RegexOptions.NonBacktracking)),
    ];

    private static readonly (string Key, string Label, Regex Verb)[] Actions =
    [
        ("resigned", "who resigned", new(@"\b(?:resign\w*|quit|stepped\s+down|step\s+down)\b", RegexOptions.IgnoreCase | RegexOptions.NonBacktracking)),
        ("abstained", "who abstained", new(@"\babstain\w*\b", RegexOptions.IgnoreCase | RegexOptions.NonBacktracking)),
        ("voted-against", "who voted against", new(@"\b(?:voted|voting|vote)\s+against\b", RegexOptions.IgnoreCase | RegexOptions.NonBacktracking)),
        ("backed", "who backed it", new(@"\b(?:backed|backing|supported|voted\s+for|voted\s+in\s+favour|rebelled|defied)\b", RegexOptions.IgnoreCase | RegexOptions.NonBacktracking)),
        ("killed", "killed", new(@"\b(?:killed|died|dead|murdered|deaths)\b", RegexOptions.IgnoreCase | RegexOptions.NonBacktracking)),
        ("marched", "at the protest", new(@"\b(?:march\w*|protest\w*|rall\w+|demonstrat\w+|gathered|joined|walked\s+out|bunk\w*)\b", RegexOptions.IgnoreCase | RegexOptions.NonBacktracking)),
        ("won", "won", new(@"\b(?:won|wins|secured|received|took|polled)\b", RegexOptions.IgnoreCase | RegexOptions.NonBacktracking)),
    ];

    /// <summary>
    /// The claims in <paramref name="text"/>'s <paramref name="sentences"/>, names resolved through <paramref name="actors"/>;
    /// <paramref name="names"/> are the text's names when already found (<see cref="NameFinder.Find"/>), saving a second pass.
    /// </summary>
    public static IReadOnlyList<FactClaim> Find(string text, IReadOnlyList<Sentence> sentences, ActorCatalog actors, IReadOnlyList<NameMention>? names = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(sentences);
        ArgumentNullException.ThrowIfNull(actors);
        var claims = new List<FactClaim>();
        foreach (var sentence in sentences)
        {
            var body = text.Substring(sentence.Range.Start, sentence.Range.Length);
            var numbers = NumberWords.Starts(body);
            if (numbers.Count == 0 && !NumberWords.MentionsVoting(body))
            {
                continue; // no number and no vote: nothing to find
            }

            var inSentence = names is null ? NameFinder.Find(body)
                : names.Where(m => m.Start >= sentence.Range.Start && m.Start + m.Length <= sentence.Range.End)
                    .Select(m => m with { Start = m.Start - sentence.Range.Start }).ToList();
            var resolved = inSentence.Select(m => (Mention: m, Actor: actors.Resolve(m))).Where(x => x.Actor is not null).ToList();
            var before = claims.Count;
            var tallies = Tallies(body, sentence, claims);
            Counts(body, sentence, numbers, resolved, tallies, claims);
            Stances(body, sentence, resolved, claims);
            var read = claims.Skip(before).Select(c => new TextRange(c.Range.Start - sentence.Range.Start, c.Range.Length)).ToList();
            foreach (var q in Quantities.Read(body, numbers, at => read.Any(r => r.Start <= at && at < r.End) || NotACount(body, at, 1) && !IsMoney(body, at)))
            {
                claims.Add(Claim(sentence, q.Key, q.Label, q.Value, q.Start, q.Length) with { Span = (q.Low, q.High) });
            }
        }

        return claims;
    }

    private static List<TextRange> Tallies(string body, Sentence sentence, List<FactClaim> claims)
    {
        var used = new List<TextRange>();
        if (!VotingRegex().IsMatch(body))
        {
            return used;
        }

        // Read once per sentence, not once per tally: every step here stays linear in the sentence.
        var what = CouncilRegex().IsMatch(body) ? ("council", " (UN Security Council)") : MotionRegex().IsMatch(body) ? ("motion", " on the motion or amendment") : ("vote", "");
        foreach (var regex in (ReadOnlySpan<Regex>)[TallyRegex(), TallyInWordsRegex()])
        {
            var before = used.Count;
            foreach (Match m in regex.Matches(body))
            {
                var first = m.Groups["a"];
                var second = m.Groups["b"];
                var start = first.Index;
                var length = m.Index + m.Length - start;
                var afterB = second.Index + second.Length;
                if (afterB < body.Length && body[afterB] is ',' || afterB < body.Length && char.IsAsciiDigit(body[afterB]) ||
                    NumberWords.Parse(first.Value) is not { } x || NumberWords.Parse(second.Value) is not { } y ||
                    x is >= 1900 and <= 2100 && y is >= 1900 and <= 2100 || Overlaps(used, before, start, start + length))
                {
                    continue;
                }

                used.Add(new TextRange(start, length));
                claims.Add(Claim(sentence, $"tally:{what.Item1}", $"Vote result{what.Item2}",
                    $"{NumberWords.Format(Math.Max(x, y))}–{NumberWords.Format(Math.Min(x, y))}", start, length));
            }

            used.Sort((l, r) => l.Start.CompareTo(r.Start));
        }

        return used;
    }

    // Whether [start, end) overlaps one of the first `count` ranges of `sorted` (ordered by start, not overlapping each other).
    private static bool Overlaps(List<TextRange> sorted, int count, int start, int end)
    {
        int lo = 0, hi = count - 1;
        while (lo <= hi)
        {
            var mid = (lo + hi) / 2;
            if (sorted[mid].End <= start)
            {
                lo = mid + 1;
            }
            else if (sorted[mid].Start >= end)
            {
                hi = mid - 1;
            }
            else
            {
                return true;
            }
        }

        return false;
    }

    private static void Counts(
        string body, Sentence sentence, List<int> numbers, List<(NameMention Mention, Actor? Actor)> names, List<TextRange> tallies, List<FactClaim> claims)
    {
        // Each action's verbs are found once per sentence; a number takes the first one after it (else any in the sentence).
        var verbs = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        List<int> VerbsOf((string Key, string Label, Regex Verb) action)
        {
            if (!verbs.TryGetValue(action.Key, out var at))
            {
                verbs[action.Key] = at = action.Verb.Matches(body).Select(v => v.Index).ToList();
            }

            return at;
        }

        var subjects = new Dictionary<string, (Actor Actor, int Start)?>(StringComparer.Ordinal);
        var parties = names.Where(n => n.Actor!.Kind == ActorKind.Party).ToList();
        var partyStarts = parties.Select(n => n.Mention.Start).ToArray();

        // The pattern is anchored (^ at the start of the slice) and tried only where a number starts.
        foreach (var m in numbers.Select(at => CountRegex().Match(body, at, body.Length - at)).Where(m => m.Success))
        {
            var number = m.Groups["n"];
            if (Overlaps(tallies, tallies.Count, number.Index, number.Index + 1) || NotACount(body, number.Index, number.Length) ||
                NumberWords.Parse(number.Value) is not { } value)
            {
                continue;
            }

            var after = m.Groups["after"].Value;
            // A share of the vote belongs to a named candidate; other percentages ("a 15% rise") are read by Quantities.
            var percent = m.Groups["pct"].Success;
            if (percent && !VotingRegex().IsMatch(body))
            {
                continue;
            }

            var (key, label) = percent ? ("percent", "Per cent") : ("", "");
            if (!percent)
            {
                foreach (var (k, l, noun) in Counted)
                {
                    // "won by 1,689 votes": the lead-in is a few words, so only a short window before the number is read.
                    if (noun.Match(after) is { Success: true } n && (k != "majority" || WonByRegex().IsMatch(body[Math.Max(0, number.Index - 60)..number.Index])))
                    {
                        (key, label) = (k, l);
                        after = after[..(n.Index + n.Length)];
                        break;
                    }
                }
            }

            if (key.Length == 0 || value is >= 1900 and <= 2100 && key is not "votes" and not "majority" && !number.Value.Contains(',', StringComparison.Ordinal))
            {
                continue;
            }

            var allowed = AllowedActions(key);
            var numberEnd = number.Index + number.Length;
            var action = Actions.Where(a => allowed.Contains(a.Key)).Select(a => (a.Key, a.Label, At: FirstAtOrAfter(VerbsOf(a), numberEnd)))
                .Where(a => a.At >= 0).OrderBy(a => a.At).Select(a => (a.Key, a.Label)).FirstOrDefault();
            if (action.Key is null)
            {
                action = Actions.Where(a => allowed.Contains(a.Key) && VerbsOf(a).Count > 0).Select(a => (a.Key, a.Label)).FirstOrDefault();
            }

            var phraseEnd = numberEnd + after.Length;
            var firstParty = IndexAtOrAfter(partyStarts, number.Index + 1);
            var party = firstParty < partyStarts.Length && partyStarts[firstParty] < phraseEnd ? parties[firstParty].Actor : null;
            Actor? whose = null;
            if (key is "percent" or "votes" or "majority")
            {
                if (!subjects.TryGetValue("", out var subject))
                {
                    subjects[""] = subject = FirstSubject(body, names);
                }

                whose = subject is { } found && found.Start < number.Index ? found.Actor : null;
                if (whose is null)
                {
                    continue; // whose share or whose votes? Without a name it cannot be lined up with another outlet's figure
                }
            }

            var fullKey = string.Join(':', new[] { key, party?.Id, action.Key, whose?.Id }.Where(p => p is not null));
            var fullLabel = (whose is null ? "" : whose.Name + ": ") + (party is null ? "" : party.Name + " ") + label +
                            (action.Label is null ? "" : " " + action.Label) + (key == "percent" && VotingRegex().IsMatch(body) ? " (of the vote)" : "");
            claims.Add(Claim(sentence, fullKey, fullLabel, NumberWords.Format(value), number.Index, phraseEnd - number.Index));
        }
    }

    // The first of the ascending `offsets` at or after `from`, or -1.
    private static int FirstAtOrAfter(IReadOnlyList<int> offsets, int from) =>
        IndexAtOrAfter(offsets, from) is var i && i < offsets.Count ? offsets[i] : -1;

    // The index of the first of the ascending `offsets` at or after `from` (their count when none is).
    private static int IndexAtOrAfter(IReadOnlyList<int> offsets, int from)
    {
        int lo = 0, hi = offsets.Count;
        while (lo < hi)
        {
            var mid = (lo + hi) / 2;
            if (offsets[mid] < from)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }

    private static string[] AllowedActions(string counted) => counted switch
    {
        "frontbenchers" or "mps" or "councillors" => ["resigned", "abstained", "voted-against", "backed"],
        "people" => ["killed", "marched"],
        "votes" or "percent" => ["won"],
        _ => [],
    };

    private static void Stances(string body, Sentence sentence, List<(NameMention Mention, Actor? Actor)> names, List<FactClaim> claims)
    {
        // A bare "voting for this motion wouldn't have…" is a hypothetical; a gerund reports a vote only after "for", "by", "after"…
        var m = StanceRegex().Matches(body).FirstOrDefault(x =>
            !(x.Value.EndsWith("ing", StringComparison.OrdinalIgnoreCase) || x.Value.StartsWith("voting", StringComparison.OrdinalIgnoreCase) ||
              x.Value.Equals("abstain", StringComparison.OrdinalIgnoreCase)) ||
            GerundLeadRegex().IsMatch(body[Math.Max(0, x.Index - 12)..x.Index]));
        if (m is null || !VotingRegex().IsMatch(body) && !m.Groups["abstain"].Success)
        {
            return;
        }

        var who = Subject(body, names, m.Index, ActorKind.Person, ActorKind.Other);
        if (who is not { Kind: ActorKind.Person or ActorKind.Other } || RelativeClauseBetween(body, names.First(n => n.Actor == who).Mention, m.Index))
        {
            return;
        }

        var value = m.Groups["against"].Success ? "voted against" : m.Groups["abstain"].Success ? "abstained" : "voted for";
        if (NegationRegex().IsMatch(body[Math.Max(0, m.Index - 25)..m.Index]))
        {
            value = "did not " + value.Replace("voted", "vote", StringComparison.Ordinal).Replace("abstained", "abstain", StringComparison.Ordinal);
        }

        claims.Add(Claim(sentence, $"stance:{who.Id}", $"How {who.Name} voted", value, m.Index, m.Length));
    }

    // The sentence's subject: its first named person or party that is not in a possessive or after a preposition.
    private static Actor? Subject(string body, List<(NameMention Mention, Actor? Actor)> names, int before, params ActorKind[] kinds) =>
        FirstSubject(body, names, kinds) is { } found && found.Start < before ? found.Actor : null;

    // The same, found once per sentence: the first name that qualifies does not depend on where the number or verb is.
    private static (Actor Actor, int Start)? FirstSubject(string body, List<(NameMention Mention, Actor? Actor)> names, params ActorKind[] kinds) =>
        names.Where(n => (kinds.Length == 0 ? n.Actor!.Kind is ActorKind.Person or ActorKind.Party : kinds.Contains(n.Actor!.Kind)) &&
                         !IsPossessive(body, n.Mention) && !PrepositionRegex().IsMatch(body[Math.Max(0, n.Mention.Start - 8)..n.Mention.Start]))
            .Select(n => ((Actor, int)?)(n.Actor!, n.Mention.Start)).FirstOrDefault();

    private static bool IsPossessive(string body, NameMention mention)
    {
        var end = mention.Start + mention.Length;
        return end + 1 < body.Length && body[end] is '’' or '\'' && body[end + 1] == 's';
    }

    // "Ali criticised the MPs who voted against": the verb belongs to someone else. An appositive (", who …,") does not count.
    private static bool RelativeClauseBetween(string body, NameMention subject, int verb)
    {
        var between = body[(subject.Start + subject.Length)..verb];
        return WhoRegex().IsMatch(AppositiveRegex().Replace(between, " "));
    }

    private static bool NotACount(string body, int start, int length)
    {
        var before = body[Math.Max(0, start - 2)..start];
        var after = body[(start + length)..Math.Min(body.Length, start + length + 12)];
        return before.EndsWith('£') || before.EndsWith('$') || before.EndsWith('€') || MonthRegex().IsMatch(after) ||
               OrdinalRegex().IsMatch(after) || after.StartsWith(':') || start > 0 && char.IsLetterOrDigit(body[start - 1]);
    }

    private static bool IsMoney(string body, int at) => at > 0 && body[at - 1] is '£' or '$' or '€';

    private static FactClaim Claim(Sentence sentence, string key, string label, string value, int start, int length) =>
        new(key, label, value, new TextRange(sentence.Range.Start + start, length), sentence.Index, sentence.IsQuotedAt(sentence.Range.Start + start));

    [GeneratedRegex(@"\b(?:vot\w*|ballot|poll\w*|amendment|motion|majority|election|ruled|approved|passed|rejected|defeated)\b", RegexOptions.IgnoreCase | RegexOptions.NonBacktracking)]
    private static partial Regex VotingRegex();


    // "293 to 125 votes". Look-arounds are not in the linear-time engine: the number before must not follow a digit, comma or
    // full stop (the leading group, then checked on group "a"), and the one after must not run on into a comma (checked in code).
    [GeneratedRegex(@"(?:^|[^\d,.])(?<a>\d+(?:,\d{3})*)\s*(?:-|–|—|to)\s*(?<b>\d+(?:,\d{3})*|one|two|three|four|five|six|seven|eight|nine|ten)(?:\s+votes?)?",
        RegexOptions.IgnoreCase | RegexOptions.NonBacktracking)]
    private static partial Regex TallyRegex();

    [GeneratedRegex(@"(?<a>\d{1,3}(?:,\d{3})*|\d+)\s+(?:voting|votes?|voted)\s+(?:against|for|in\s+favour)\b[^.;\d]{0,20}?\s(?<b>\d{1,3}(?:,\d{3})*|\d+)\s+(?:voting|votes?|voted)\s+(?:against|for|in\s+favour)",
        RegexOptions.IgnoreCase | RegexOptions.NonBacktracking)]
    private static partial Regex TallyInWordsRegex();

    [GeneratedRegex(@"^(?<n>" + NumberWords.Pattern + @")(?:(?<pct>\s*%|\s+per\s*cent|\s+percent)|(?<after>(?:[\s-]+(?:of\s+)?[\p{L}’'-]+){1,6}))",
        RegexOptions.IgnoreCase | RegexOptions.NonBacktracking)]
    private static partial Regex CountRegex();

    [GeneratedRegex(@"\b(?:won|win|wins|winning)\s+(?:\w+\s+)?by\s+$", RegexOptions.IgnoreCase | RegexOptions.NonBacktracking)]
    private static partial Regex WonByRegex();

    [GeneratedRegex(@"\b(?:(?<against>voted\s+against|voting\s+against)|(?<abstain>abstain(?:ed|ing)?|abstention)|(?<for>voted\s+for|voted\s+in\s+favour|voting\s+for))\b",
        RegexOptions.IgnoreCase | RegexOptions.NonBacktracking)]
    private static partial Regex StanceRegex();

    [GeneratedRegex(@"\b(?:for|by|after|over|of|to|from|while|since|when)\s+$", RegexOptions.IgnoreCase | RegexOptions.NonBacktracking)]
    private static partial Regex GerundLeadRegex();

    [GeneratedRegex(@"\b(?:not|n’t|n't|never|refused\s+to|refusing\s+to|declined\s+to)\s*(?:\w+\s+)?$", RegexOptions.IgnoreCase | RegexOptions.NonBacktracking)]
    private static partial Regex NegationRegex();

    [GeneratedRegex(@"\b(?:of|from|to|by|with|against|for|on|at|about|behind|under|over|than|like|unlike|toward|towards)\s+(?:the\s+)?$", RegexOptions.IgnoreCase | RegexOptions.NonBacktracking)]
    private static partial Regex PrepositionRegex();

    [GeneratedRegex(@"\b(?:who|whom|which|that)\b", RegexOptions.IgnoreCase | RegexOptions.NonBacktracking)]
    private static partial Regex WhoRegex();

    [GeneratedRegex(@",[^,]{1,120},", RegexOptions.NonBacktracking)]
    private static partial Regex AppositiveRegex();

    [GeneratedRegex(@"\b(?:Security\s+Council|UN|United\s+Nations|UNSC)\b", RegexOptions.NonBacktracking)]
    private static partial Regex CouncilRegex();

    [GeneratedRegex(@"\b(?:amendment|motion|bill|measure|legislation)\b", RegexOptions.IgnoreCase | RegexOptions.NonBacktracking)]
    private static partial Regex MotionRegex();

    [GeneratedRegex(@"^\s*(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\b", RegexOptions.NonBacktracking)]
    private static partial Regex MonthRegex();

    [GeneratedRegex(@"^(?:st|nd|rd|th)\b", RegexOptions.NonBacktracking)]
    private static partial Regex OrdinalRegex();
}
