using BiasDashboard.Analysis.Text;

namespace BiasDashboard.Analysis.Comparison;

// Stances: who voted for, against or abstained, read from the subject of the vote.
public static partial class FactFinder
{
    private static void Stances(string body, Sentence sentence, List<(NameMention Mention, Actor? Actor)> names, List<FactClaim> claims)
    {
        // A bare "voting for this motion wouldn't have…" is a hypothetical; a gerund reports a vote only after "for", "by", "after"…
        var m = StanceRegex().Matches(body).FirstOrDefault(x =>
            !(x.Value.EndsWith("ing", StringComparison.OrdinalIgnoreCase) ||
                x.Value.StartsWith("voting", StringComparison.OrdinalIgnoreCase) ||
              x.Value.Equals("abstain", StringComparison.OrdinalIgnoreCase)) ||
            GerundLeadRegex().IsMatch(body[Math.Max(0, x.Index - 12)..x.Index]));
        if (m is null || !VotingRegex().IsMatch(body) && !m.Groups["abstain"].Success)
        {
            return;
        }

        var who = Subject(body, names, m.Index, ActorKind.Person, ActorKind.Other);
        if (who is not { Kind: ActorKind.Person or ActorKind.Other } ||
            RelativeClauseBetween(body, names.First(n => n.Actor == who).Mention, m.Index))
        {
            return;
        }

        var value = m.Groups["against"].Success ? "voted against" : m.Groups["abstain"].Success ? "abstained" : "voted for";
        if (NegationRegex().IsMatch(body[Math.Max(0, m.Index - 25)..m.Index]))
        {
            value = "did not " + value.Replace("voted", "vote", StringComparison.Ordinal).Replace("abstained", "abstain",
                StringComparison.Ordinal);
        }

        claims.Add(Claim(sentence, $"stance:{who.Id}", $"How {who.Name} voted", value, m.Index, m.Length));
    }

    // The sentence's subject: its first named person or party that is not in a possessive or after a preposition.
    private static Actor? Subject(string body, List<(NameMention Mention, Actor? Actor)> names, int before, params ActorKind[] kinds) =>
        FirstSubject(body, names, kinds) is { } found && found.Start < before ? found.Actor : null;

    // The same, found once per sentence: the first name that qualifies does not depend on where the number or verb is.
    private static (Actor Actor, int Start)? FirstSubject(string body, List<(NameMention Mention, Actor? Actor)> names,
        params ActorKind[] kinds) =>
        names.Where(n => (kinds.Length == 0 ? n.Actor!.Kind is ActorKind.Person or ActorKind.Party : kinds.Contains(n.Actor!.Kind)) &&
                         !IsPossessive(body, n.Mention) &&
                             !PrepositionRegex().IsMatch(body[Math.Max(0, n.Mention.Start - 8)..n.Mention.Start]))
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
}
