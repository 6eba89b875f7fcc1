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
        ("frontbenchers", "Frontbenchers", new(@"\b(?:front\s?bench(?:ers?)?|shadow\s+ministers?)\b", RegexOptions.IgnoreCase | RegexOptions.Compiled, TimeSpan.FromMilliseconds(100))),
        ("mps", "MPs", new(@"\b(?:MPs|MP|members\s+of\s+parliament)\b", RegexOptions.Compiled, TimeSpan.FromMilliseconds(100))),
        ("councillors", "Councillors", new(@"\bcouncillors?\b", RegexOptions.IgnoreCase | RegexOptions.Compiled, TimeSpan.FromMilliseconds(100))),
        ("majority", "Winning majority (votes)", new(@"^\s*votes?\b", RegexOptions.IgnoreCase | RegexOptions.Compiled, TimeSpan.FromMilliseconds(100))),
        ("votes", "Votes", new(@"\bvotes\b", RegexOptions.IgnoreCase | RegexOptions.Compiled, TimeSpan.FromMilliseconds(100))),
        ("people", "People", new(@"\b(?:people|protesters|protestors|demonstrators|marchers|students|pupils|children|schoolchildren|residents|supporters|activists)\b", RegexOptions.IgnoreCase | RegexOptions.Compiled, TimeSpan.FromMilliseconds(100))),
    ];

    private static readonly (string Key, string Label, Regex Verb)[] Actions =
    [
        ("resigned", "who resigned", new(@"\b(?:resign\w*|quit|stepped\s+down|step\s+down)\b", RegexOptions.IgnoreCase | RegexOptions.Compiled, TimeSpan.FromMilliseconds(100))),
        ("abstained", "who abstained", new(@"\babstain\w*\b", RegexOptions.IgnoreCase | RegexOptions.Compiled, TimeSpan.FromMilliseconds(100))),
        ("voted-against", "who voted against", new(@"\b(?:voted|voting|vote)\s+against\b", RegexOptions.IgnoreCase | RegexOptions.Compiled, TimeSpan.FromMilliseconds(100))),
        ("backed", "who backed it", new(@"\b(?:backed|backing|supported|voted\s+for|voted\s+in\s+favour|rebelled|defied)\b", RegexOptions.IgnoreCase | RegexOptions.Compiled, TimeSpan.FromMilliseconds(100))),
        ("killed", "killed", new(@"\b(?:killed|died|dead|murdered|deaths)\b", RegexOptions.IgnoreCase | RegexOptions.Compiled, TimeSpan.FromMilliseconds(100))),
        ("marched", "at the protest", new(@"\b(?:march\w*|protest\w*|rall\w+|demonstrat\w+|gathered|joined|walked\s+out|bunk\w*)\b", RegexOptions.IgnoreCase | RegexOptions.Compiled, TimeSpan.FromMilliseconds(100))),
        ("won", "won", new(@"\b(?:won|wins|secured|received|took|polled)\b", RegexOptions.IgnoreCase | RegexOptions.Compiled, TimeSpan.FromMilliseconds(100))),
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
            var tallies = Tallies(body, sentence, claims);
            Counts(body, sentence, numbers, resolved, tallies, claims);
            Stances(body, sentence, resolved, claims);
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

        foreach (var regex in (ReadOnlySpan<Regex>)[TallyRegex(), TallyInWordsRegex()])
        {
            foreach (Match m in regex.Matches(body))
            {
                if (NumberWords.Parse(m.Groups["a"].Value) is not { } a || NumberWords.Parse(m.Groups["b"].Value) is not { } b ||
                    a is >= 1900 and <= 2100 && b is >= 1900 and <= 2100 || used.Any(u => u.Start < m.Index + m.Length && m.Index < u.End))
                {
                    continue;
                }

                var what = CouncilRegex().IsMatch(body) ? ("council", " (UN Security Council)") : MotionRegex().IsMatch(body) ? ("motion", " on the motion or amendment") : ("vote", "");
                used.Add(new TextRange(m.Index, m.Length));
                claims.Add(Claim(sentence, $"tally:{what.Item1}", $"Vote result{what.Item2}",
                    $"{NumberWords.Format(Math.Max(a, b))}–{NumberWords.Format(Math.Min(a, b))}", m.Index, m.Length));
            }
        }

        return used;
    }

    private static void Counts(
        string body, Sentence sentence, List<int> numbers, List<(NameMention Mention, Actor? Actor)> names, List<TextRange> tallies, List<FactClaim> claims)
    {
        // The pattern is anchored (\G) and tried only where a number starts, which is much cheaper than scanning every position.
        foreach (var m in numbers.Select(at => CountRegex().Match(body, at)).Where(m => m.Success))
        {
            var number = m.Groups["n"];
            if (tallies.Any(t => t.Start <= number.Index && number.Index < t.End) || NotACount(body, number.Index, number.Length) ||
                NumberWords.Parse(number.Value) is not { } value)
            {
                continue;
            }

            var after = m.Groups["after"].Value;
            var percent = m.Groups["pct"].Success;
            var (key, label) = percent ? ("percent", "Per cent") : ("", "");
            if (!percent)
            {
                foreach (var (k, l, noun) in Counted)
                {
                    if (noun.Match(after) is { Success: true } n && (k != "majority" || WonByRegex().IsMatch(body[..number.Index])))
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
            var rest = body[(number.Index + number.Length)..];
            var action = Actions.Where(a => allowed.Contains(a.Key)).Select(a => (a.Key, a.Label, At: a.Verb.Match(rest)))
                .Where(a => a.At.Success).OrderBy(a => a.At.Index).Select(a => (a.Key, a.Label)).FirstOrDefault();
            if (action.Key is null)
            {
                action = Actions.Where(a => allowed.Contains(a.Key) && a.Verb.IsMatch(body)).Select(a => (a.Key, a.Label)).FirstOrDefault();
            }

            var phraseEnd = number.Index + number.Length + after.Length;
            var party = names.Where(n => n.Actor!.Kind == ActorKind.Party && n.Mention.Start > number.Index && n.Mention.Start < phraseEnd)
                .Select(n => n.Actor).FirstOrDefault();
            var whose = key is "percent" or "votes" or "majority" ? Subject(body, names, number.Index) : null;
            if (whose is null && key is "percent" or "votes" or "majority")
            {
                continue; // whose share or whose votes? Without a name it cannot be lined up with another outlet's figure
            }

            var fullKey = string.Join(':', new[] { key, party?.Id, action.Key, whose?.Id }.Where(p => p is not null));
            var fullLabel = (whose is null ? "" : whose.Name + ": ") + (party is null ? "" : party.Name + " ") + label +
                            (action.Label is null ? "" : " " + action.Label) + (key == "percent" && VotingRegex().IsMatch(body) ? " (of the vote)" : "");
            claims.Add(Claim(sentence, fullKey, fullLabel, NumberWords.Format(value), number.Index, phraseEnd - number.Index));
        }
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
        names.Where(n => n.Mention.Start < before && (kinds.Length == 0 ? n.Actor!.Kind is ActorKind.Person or ActorKind.Party : kinds.Contains(n.Actor!.Kind)) &&
                         !IsPossessive(body, n.Mention) && !PrepositionRegex().IsMatch(body[Math.Max(0, n.Mention.Start - 8)..n.Mention.Start]))
            .Select(n => n.Actor).FirstOrDefault();

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

    private static FactClaim Claim(Sentence sentence, string key, string label, string value, int start, int length) =>
        new(key, label, value, new TextRange(sentence.Range.Start + start, length), sentence.Index, sentence.IsQuotedAt(sentence.Range.Start + start));

    [GeneratedRegex(@"\b(?:vot\w*|ballot|poll\w*|amendment|motion|majority|election)\b", RegexOptions.IgnoreCase, matchTimeoutMilliseconds: 100)]
    private static partial Regex VotingRegex();


    [GeneratedRegex(@"(?<![\d,.])(?<a>\d{1,3}(?:,\d{3})*|\d+)\s*(?:-|–|—|to)\s*(?<b>\d{1,3}(?:,\d{3})*|\d+|one|two|three|four|five|six|seven|eight|nine|ten)(?![\d,])(?:\s+votes?)?",
        RegexOptions.IgnoreCase, matchTimeoutMilliseconds: 200)]
    private static partial Regex TallyRegex();

    [GeneratedRegex(@"(?<a>\d{1,3}(?:,\d{3})*|\d+)\s+(?:voting|votes?|voted)\s+(?:against|for|in\s+favour)\b[^.;\d]{0,20}?\s(?<b>\d{1,3}(?:,\d{3})*|\d+)\s+(?:voting|votes?|voted)\s+(?:against|for|in\s+favour)",
        RegexOptions.IgnoreCase, matchTimeoutMilliseconds: 200)]
    private static partial Regex TallyInWordsRegex();

    [GeneratedRegex(@"\G(?<n>" + NumberWords.Pattern + @")(?:(?<pct>\s*%|\s+per\s*cent|\s+percent)|(?<after>(?:[\s-]+(?:of\s+)?[\p{L}’'-]+){1,6}))",
        RegexOptions.IgnoreCase, matchTimeoutMilliseconds: 200)]
    private static partial Regex CountRegex();

    [GeneratedRegex(@"\b(?:won|win|wins|winning)\s+(?:\w+\s+)?by\s+$", RegexOptions.IgnoreCase, matchTimeoutMilliseconds: 100)]
    private static partial Regex WonByRegex();

    [GeneratedRegex(@"\b(?:(?<against>voted\s+against|voting\s+against)|(?<abstain>abstain(?:ed|ing)?|abstention)|(?<for>voted\s+for|voted\s+in\s+favour|voting\s+for))\b",
        RegexOptions.IgnoreCase, matchTimeoutMilliseconds: 100)]
    private static partial Regex StanceRegex();

    [GeneratedRegex(@"\b(?:for|by|after|over|of|to|from|while|since|when)\s+$", RegexOptions.IgnoreCase, matchTimeoutMilliseconds: 100)]
    private static partial Regex GerundLeadRegex();

    [GeneratedRegex(@"\b(?:not|n’t|n't|never|refused\s+to|refusing\s+to|declined\s+to)\s*(?:\w+\s+)?$", RegexOptions.IgnoreCase, matchTimeoutMilliseconds: 100)]
    private static partial Regex NegationRegex();

    [GeneratedRegex(@"\b(?:of|from|to|by|with|against|for|on|at|about|behind|under|over|than|like|unlike|toward|towards)\s+(?:the\s+)?$", RegexOptions.IgnoreCase, matchTimeoutMilliseconds: 100)]
    private static partial Regex PrepositionRegex();

    [GeneratedRegex(@"\b(?:who|whom|which|that)\b", RegexOptions.IgnoreCase, matchTimeoutMilliseconds: 100)]
    private static partial Regex WhoRegex();

    [GeneratedRegex(@",[^,]{1,120},", RegexOptions.None, matchTimeoutMilliseconds: 100)]
    private static partial Regex AppositiveRegex();

    [GeneratedRegex(@"\b(?:Security\s+Council|UN|United\s+Nations|UNSC)\b", RegexOptions.None, matchTimeoutMilliseconds: 100)]
    private static partial Regex CouncilRegex();

    [GeneratedRegex(@"\b(?:amendment|motion|bill)\b", RegexOptions.IgnoreCase, matchTimeoutMilliseconds: 100)]
    private static partial Regex MotionRegex();

    [GeneratedRegex(@"^\s*(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\b", RegexOptions.None, matchTimeoutMilliseconds: 100)]
    private static partial Regex MonthRegex();

    [GeneratedRegex(@"^(?:st|nd|rd|th)\b", RegexOptions.None, matchTimeoutMilliseconds: 100)]
    private static partial Regex OrdinalRegex();
}
