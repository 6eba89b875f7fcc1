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
/// <item>how a named person voted: the sentence's subject (its first person, or a name the rules cannot place, not in a possessive or after
/// a preposition)
/// with "voted against", "voted for"/"backed", "abstained": "Ali … abstained" → stance of Rushanara Ali = abstained.</item>
/// </list>
/// Years, dates, money and ordinals are not counts.
/// </summary>
public static partial class FactFinder
{
    private static readonly (string Key, string Label, Regex Noun)[] Counted =
    [
        ("frontbenchers", "Frontbenchers",
            new(@"\b(?:front\s?bench(?:ers?)?|shadow\s+ministers?)\b", RegexOptions.IgnoreCase | RegexOptions.NonBacktracking)),
        ("mps", "MPs", new(@"\b(?:MPs|MP|members\s+of\s+parliament)\b", RegexOptions.NonBacktracking)),
        ("councillors", "Councillors", new(@"\bcouncillors?\b", RegexOptions.IgnoreCase | RegexOptions.NonBacktracking)),
        ("majority", "Winning majority (votes)", new(@"^\s*votes?\b", RegexOptions.IgnoreCase | RegexOptions.NonBacktracking)),
        ("votes", "Votes", new(@"\bvotes\b", RegexOptions.IgnoreCase | RegexOptions.NonBacktracking)),
    ];

    private static readonly (string Key, string Label, Regex Verb)[] Actions =
    [
        ("resigned", "who resigned",
            new(@"\b(?:resign\w*|quit|stepped\s+down|step\s+down)\b", RegexOptions.IgnoreCase | RegexOptions.NonBacktracking)),
        ("abstained", "who abstained", new(@"\babstain\w*\b", RegexOptions.IgnoreCase | RegexOptions.NonBacktracking)),
        ("voted-against", "who voted against",
            new(@"\b(?:voted|voting|vote)\s+against\b", RegexOptions.IgnoreCase | RegexOptions.NonBacktracking)),
        ("backed", "who backed it",
            new(@"\b(?:backed|backing|supported|voted\s+for|voted\s+in\s+favour|rebelled|defied)\b",
            RegexOptions.IgnoreCase | RegexOptions.NonBacktracking)),
        ("killed", "killed", new(@"\b(?:killed|died|dead|murdered|deaths)\b", RegexOptions.IgnoreCase | RegexOptions.NonBacktracking)),
        ("marched", "at the protest",
            new(@"\b(?:march\w*|protest\w*|rall\w+|demonstrat\w+|gathered|joined|walked\s+out|bunk\w*)\b",
            RegexOptions.IgnoreCase | RegexOptions.NonBacktracking)),
        ("won", "won", new(@"\b(?:won|wins|secured|received|took|polled)\b", RegexOptions.IgnoreCase | RegexOptions.NonBacktracking)),
    ];

    /// <summary>
    /// The claims in <paramref name="text"/>'s <paramref name="sentences"/>, names resolved through <paramref name="actors"/>;
    /// <paramref name="names"/> are the text's names when already found (<see cref="NameFinder.Find"/>), saving a second pass.
    /// </summary>
    public static IReadOnlyList<FactClaim> Find(string text, IReadOnlyList<Sentence> sentences, ActorCatalog actors,
        IReadOnlyList<NameMention>? names = null)
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
            foreach (var q in Quantities.Read(body, numbers, at => read.Any(r => r.Start <= at && at < r.End) || NotACount(body, at, 1) &&
                !IsMoney(body, at)))
            {
                claims.Add(Claim(sentence, q.Key, q.Label, q.Value, q.Start, q.Length) with { Span = (q.Low, q.High) });
            }
        }

        return claims;
    }

    private static FactClaim Claim(Sentence sentence, string key, string label, string value, int start, int length) =>
        new(key, label, value, new TextRange(sentence.Range.Start + start, length), sentence.Index,
            sentence.IsQuotedAt(sentence.Range.Start + start));

    [GeneratedRegex(@"\b(?:vot\w*|ballot|poll\w*|amendment|motion|majority|election|ruled|approved|passed|rejected|defeated)\b",
        RegexOptions.IgnoreCase | RegexOptions.NonBacktracking)]
    private static partial Regex VotingRegex();

    // "293 to 125 votes". Look-arounds are not in the linear-time engine: the number before must not follow a digit, comma or
    // full stop (the leading group, then checked on group "a"), and the one after must not run on into a comma (checked in code).
    [GeneratedRegex(@"(?:^|[^\d,.])(?<a>\d+(?:,\d{3})*)\s*(?:-|–|—|to)\s*(?<b>\d+(?:,\d{3})*|one|two|three|four|five|six|seven|eight|" +
        @"nine|ten)(?:\s+votes?)?",
        RegexOptions.IgnoreCase | RegexOptions.NonBacktracking)]
    private static partial Regex TallyRegex();

    [GeneratedRegex(@"(?<a>\d{1,3}(?:,\d{3})*|\d+)\s+(?:voting|votes?|voted)\s+(?:against|for|" +
        @"in\s+favour)\b[^.;\d]{0,20}?\s(?<b>\d{1,3}(?:,\d{3})*|\d+)\s+(?:voting|votes?|voted)\s+(?:against|for|in\s+favour)",
        RegexOptions.IgnoreCase | RegexOptions.NonBacktracking)]
    private static partial Regex TallyInWordsRegex();

    [GeneratedRegex(@"^(?<n>" + NumberWords.Pattern + @")(?:(?<pct>\s*%|\s+per\s*cent|\s+percent)|" +
        @"(?<after>(?:[\s-]+(?:of\s+)?[\p{L}’'-]+){1,6}))",
        RegexOptions.IgnoreCase | RegexOptions.NonBacktracking)]
    private static partial Regex CountRegex();

    [GeneratedRegex(@"\b(?:won|win|wins|winning)\s+(?:\w+\s+)?by\s+$", RegexOptions.IgnoreCase | RegexOptions.NonBacktracking)]
    private static partial Regex WonByRegex();

    [GeneratedRegex(@"\b(?:(?<against>voted\s+against|voting\s+against)|(?<abstain>abstain(?:ed|ing)?|abstention)|(?<for>voted\s+for|" +
        @"voted\s+in\s+favour|voting\s+for))\b",
        RegexOptions.IgnoreCase | RegexOptions.NonBacktracking)]
    private static partial Regex StanceRegex();

    [GeneratedRegex(@"\b(?:for|by|after|over|of|to|from|while|since|when)\s+$", RegexOptions.IgnoreCase | RegexOptions.NonBacktracking)]
    private static partial Regex GerundLeadRegex();

    [GeneratedRegex(@"\b(?:not|n’t|n't|never|refused\s+to|refusing\s+to|declined\s+to)\s*(?:\w+\s+)?$",
        RegexOptions.IgnoreCase | RegexOptions.NonBacktracking)]
    private static partial Regex NegationRegex();

    [GeneratedRegex(@"\b(?:of|from|to|by|with|against|for|on|at|about|behind|under|over|than|like|unlike|toward|towards)\s+(?:the\s+)?$",
        RegexOptions.IgnoreCase | RegexOptions.NonBacktracking)]
    private static partial Regex PrepositionRegex();

    [GeneratedRegex(@"\b(?:who|whom|which|that)\b", RegexOptions.IgnoreCase | RegexOptions.NonBacktracking)]
    private static partial Regex WhoRegex();

    [GeneratedRegex(@",[^,]{1,120},", RegexOptions.NonBacktracking)]
    private static partial Regex AppositiveRegex();

    [GeneratedRegex(@"\b(?:Security\s+Council|UN|United\s+Nations|UNSC)\b", RegexOptions.NonBacktracking)]
    private static partial Regex CouncilRegex();

    [GeneratedRegex(@"\b(?:amendment|motion|bill|measure|legislation)\b", RegexOptions.IgnoreCase | RegexOptions.NonBacktracking)]
    private static partial Regex MotionRegex();

    [GeneratedRegex(@"^\s*(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|" +
        @"Jul|Aug|Sep|Sept|Oct|Nov|Dec)\b", RegexOptions.NonBacktracking)]
    private static partial Regex MonthRegex();

    [GeneratedRegex(@"^(?:st|nd|rd|th)\b", RegexOptions.NonBacktracking)]
    private static partial Regex OrdinalRegex();
}
