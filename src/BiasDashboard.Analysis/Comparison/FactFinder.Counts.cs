using System.Text.RegularExpressions;
using BiasDashboard.Analysis.Text;

namespace BiasDashboard.Analysis.Comparison;

// Counts: a number and what it counts ("43 MPs", "eight frontbenchers resigned"), with the action it goes with.
public static partial class FactFinder
{
    private static void Counts(
        string body, Sentence sentence, List<int> numbers, List<(NameMention Mention, Actor? Actor)> names, List<TextRange> tallies,
            List<FactClaim> claims)
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

            (var key, var label, after) = WhatIsCounted(body, number, after, percent);

            if (key.Length == 0 || value is >= 1900 and <= 2100 && key is not "votes" and not "majority" &&
                !number.Value.Contains(',', StringComparison.Ordinal))
            {
                continue;
            }

            var numberEnd = number.Index + number.Length;
            var action = ActionOf(key, numberEnd, VerbsOf);

            var phraseEnd = numberEnd + after.Length;
            var firstParty = SortedOffsets.FirstAtOrAfter(partyStarts, number.Index + 1);
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
                            (action.Label is null ? "" : " " + action.Label) + (key == "percent" && VotingRegex().IsMatch(body)
                                ? " (of the vote)" : "");
            claims.Add(Claim(sentence, fullKey, fullLabel, NumberWords.Format(value), number.Index, phraseEnd - number.Index));
        }
    }

    // What the number counts: a share of the vote, else the first counted noun in the words after it, which are then cut
    // after that noun; ("", "") when it counts nothing known.
    private static (string Key, string Label, string After) WhatIsCounted(string body, Group number, string after, bool percent)
    {
        if (percent)
        {
            return ("percent", "Per cent", after);
        }

        foreach (var (k, l, noun) in Counted)
        {
            // "won by 1,689 votes": the lead-in is a few words, so only a short window before the number is read.
            if (noun.Match(after) is { Success: true } n &&
                (k != "majority" || WonByRegex().IsMatch(body[Math.Max(0, number.Index - 60)..number.Index])))
            {
                return (k, l, after[..(n.Index + n.Length)]);
            }
        }

        return ("", "", after);
    }

    // The action a count goes with: the first allowed one whose verb follows the number, else any allowed one in the sentence.
    private static (string Key, string Label) ActionOf(
        string key, int numberEnd, Func<(string Key, string Label, Regex Verb), List<int>> verbsOf)
    {
        var allowed = AllowedActions(key);
        var action = Actions.Where(a => allowed.Contains(a.Key)).Select(a =>
            (a.Key, a.Label, At: FirstAtOrAfter(verbsOf(a), numberEnd)))
            .Where(a => a.At >= 0).OrderBy(a => a.At).Select(a => (a.Key, a.Label)).FirstOrDefault();
        if (action.Key is null)
        {
            action = Actions.Where(a => allowed.Contains(a.Key) && verbsOf(a).Count > 0).Select(a => (a.Key, a.Label)).FirstOrDefault();
        }

        return action;
    }

    // The first of the ascending `offsets` at or after `from`, or -1.
    private static int FirstAtOrAfter(IReadOnlyList<int> offsets, int from) =>
        SortedOffsets.FirstAtOrAfter(offsets, from) is var i && i < offsets.Count ? offsets[i] : -1;

    private static string[] AllowedActions(string counted) => counted switch
    {
        "frontbenchers" or "mps" or "councillors" => ["resigned", "abstained", "voted-against", "backed"],
        "people" => ["killed", "marched"],
        "votes" or "percent" => ["won"],
        _ => [],
    };

    private static bool NotACount(string body, int start, int length)
    {
        var before = body[Math.Max(0, start - 2)..start];
        var after = body[(start + length)..Math.Min(body.Length, start + length + 12)];
        return before.EndsWith('£') || before.EndsWith('$') || before.EndsWith('€') || MonthRegex().IsMatch(after) ||
               OrdinalRegex().IsMatch(after) || after.StartsWith(':') || start > 0 && char.IsLetterOrDigit(body[start - 1]);
    }

    private static bool IsMoney(string body, int at) => at > 0 && body[at - 1] is '£' or '$' or '€';
}
