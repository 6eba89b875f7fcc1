namespace BiasDashboard.Analysis.Comparison;

// What a name's shape and context say: its kind, person key, initials, acronyms, and whether the coverage is American.
public sealed partial class ActorCatalog
{
    private bool PlaceByContext(NameMention mention)
    {
        var (place, organisation, _) = _cues.GetValueOrDefault(ActorId.Of(mention.Name));
        return place > 0 && organisation == 0 && mention.Title is null;
    }

    private ActorKind Kind(NameMention mention)
    {
        var (place, organisation, _) = _cues.GetValueOrDefault(ActorId.Of(mention.Name));
        return mention.Title is not null && mention.Title is not "Councillor" and not "Cllr" ? ActorKind.Person
            : KnownActors.LooksLikeOrganisation(mention.Tokens) ? ActorKind.Organisation
            : KnownActors.LooksLikePlace(mention.Tokens) ? ActorKind.Place
            : organisation > 0 && organisation >= place ? ActorKind.Organisation
            : place > 0 ? ActorKind.Place
            : mention.Title is not null ? ActorKind.Person
            : ActorKind.Other;
    }

    // US coverage names Congress, the Senate, US states and parties, "Rep."/"Sen."/"Gov."; UK coverage the Commons, Lords, MPs,
    // councillors.
    private static bool IsAmerican(List<NameMention> mentions)
    {
        int us = 0, uk = 0;
        foreach (var m in mentions)
        {
            var title = m.Title?.Split(' ')[0].TrimEnd('.');
            us += title is "Sen" or "Rep" or "Gov" or "Senator" or "Representative" or "Congressman" or "Congresswoman" ? 1 : 0;
            uk += title is "Cllr" or "Councillor" or "Baroness" or "Lord" or "Dame" ? 1 : 0;
            if (KnownActors.TryGet(m.Name, out var canonical, out _))
            {
                us += canonical is "Congress" or "House of Representatives" or "Democrats" or "Republicans" or "White House" or
                    "United States" ? 1 : 0;
                uk += canonical is "House of Commons" or "House of Lords" or "Labour" or "Conservatives" or "Liberal Democrats" or "SNP" or
                    "United Kingdom" or "Parliament" ? 1 : 0;
            }

            us += m.Name is "Senate" || m.Role is "Rep." ? 1 : 0;
            uk += m.Role is "MP" or "MPs" ? 1 : 0;
        }

        return us > uk;
    }

    // A person's name folded without middle initials: "Robert K. Lane" and "Robert Lane" are one.
    private static string PersonKey(IReadOnlyList<string> tokens)
    {
        var words = tokens.Where(t => !IsInitial(t)).ToList();
        return words.Count >= 2 ? ActorId.Of(string.Join(' ', words)) : ActorId.Of(string.Join(' ', tokens));
    }

    private static bool IsInitial(string token) => token.Length is 1 or 2 && char.IsUpper(token[0]) &&
        (token.Length == 1 || token[1] == '.');

    private static bool IsAcronym(string name) => name.Count(char.IsLetter) >= 2 && !name.Any(char.IsLower) &&
        !name.Contains(' ', StringComparison.Ordinal);

    // All capitals and longer than an acronym: "WASHINGTON", not "SNP".
    private static bool IsShouted(string name) =>
        name.Count(char.IsLetter) > 4 && !name.Any(char.IsLower);

    private static void Index(Dictionary<string, List<string>> index, string token, string full)
    {
        if (!index.TryGetValue(token, out var list))
        {
            index[token] = list = [];
        }

        // Two are enough to know a name is ambiguous; keeping more would only cost time.
        if (list.Count < 2 && !list.Contains(full))
        {
            list.Add(full);
        }
    }
}
