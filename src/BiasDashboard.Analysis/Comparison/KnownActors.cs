using System.Collections.Frozen;

namespace BiasDashboard.Analysis.Comparison;

/// <summary>
/// Parties, bodies and places UK and Middle East coverage names often, each with the spellings that mean the same one
/// ("Tories", "Conservative Party" → Conservatives). Names not listed here are classified by their shape instead
/// (see <see cref="ActorCatalog"/>).
/// </summary>
internal static class KnownActors
{
    private static readonly (string Canonical, ActorKind Kind, string[] Aliases)[] Table =
    [
        ("Labour", ActorKind.Party, ["Labour", "Labour Party", "Labour Party UK"]),
        ("Conservatives", ActorKind.Party, ["Conservatives", "Conservative", "Conservative Party", "Tory", "Tories", "Tory Party"]),
        ("SNP", ActorKind.Party, ["SNP", "Scottish National Party", "Scottish Nationalist Party", "Scottish Nationalists"]),
        ("Liberal Democrats", ActorKind.Party, ["Liberal Democrats", "Liberal Democrat", "Lib Dems", "Lib Dem"]),
        ("Green Party", ActorKind.Party, ["Green Party", "Greens", "Green"]),
        ("Workers Party", ActorKind.Party, ["Workers Party", "Workers Party of Britain", "WPB"]),
        ("Reform UK", ActorKind.Party, ["Reform UK"]),
        ("Aspire", ActorKind.Party, ["Aspire"]),
        ("Likud", ActorKind.Party, ["Likud"]),
        ("House of Commons", ActorKind.Organisation, ["House of Commons", "Commons", "House"]),
        ("Parliament", ActorKind.Organisation, ["Parliament", "Westminster"]),
        ("Hamas", ActorKind.Organisation, ["Hamas"]),
        ("Hezbollah", ActorKind.Organisation, ["Hezbollah"]),
        ("Israel Defense Forces", ActorKind.Organisation, ["IDF", "Israel Defense Forces", "Israeli Defence Forces"]),
        ("United Nations", ActorKind.Organisation, ["UN", "United Nations", "UNSC", "Security Council"]),
        ("Stop the War", ActorKind.Organisation, ["Stop the War", "Stop the War Coalition"]),
        ("Palestine Solidarity Campaign", ActorKind.Organisation, ["Palestine Solidarity Campaign", "PSC"]),
        ("BBC", ActorKind.Organisation, ["BBC"]),
        ("Palestinians", ActorKind.Group, ["Palestinians", "Palestinian"]),
        ("Israelis", ActorKind.Group, ["Israelis"]),
        ("Muslims", ActorKind.Group, ["Muslims", "Muslim"]),
        ("Jewish people", ActorKind.Group, ["Jews", "Jewish", "Jew"]),
        ("Arabs", ActorKind.Group, ["Arabs", "Arab"]),
        ("Bangladeshis", ActorKind.Group, ["Bangladeshis", "Bangladeshi"]),
        ("Gaza", ActorKind.Place, ["Gaza", "Gaza Strip"]),
        ("Israel", ActorKind.Place, ["Israeli", "Israel"]),
        ("Palestine", ActorKind.Place, ["Palestine"]),
        ("West Bank", ActorKind.Place, ["West Bank"]),
        ("Lebanon", ActorKind.Place, ["Lebanese", "Lebanon"]),
        ("Rafah", ActorKind.Place, ["Rafah"]),
        ("United Kingdom", ActorKind.Place, ["British", "UK", "United Kingdom", "Britain", "Great Britain"]),
        ("United States", ActorKind.Place, ["American", "US", "USA", "United States", "America"]),
        ("Scotland", ActorKind.Place, ["Scotland"]),
        ("London", ActorKind.Place, ["London"]),
        ("Bethnal Green", ActorKind.Place, ["Bethnal Green"]),
        ("Stepney", ActorKind.Place, ["Stepney"]),
        ("Tower Hamlets", ActorKind.Place, ["Tower Hamlets"]),
        ("Whitechapel", ActorKind.Place, ["Whitechapel"]),
        ("Bangladesh", ActorKind.Place, ["Bangladesh"]),
        ("Rochdale", ActorKind.Place, ["Rochdale"]),
        ("Egypt", ActorKind.Place, ["Egyptian", "Egypt"]),
        ("Jordan", ActorKind.Place, ["Jordanian", "Jordan"]),
        ("Qatar", ActorKind.Place, ["Qatari", "Qatar"]),
        ("Iran", ActorKind.Place, ["Iranian", "Iran"]),
        ("Middle East", ActorKind.Place, ["Middle East"]),
    ];

    private static readonly FrozenDictionary<string, (string Canonical, ActorKind Kind)> ByAlias = Table
        .SelectMany(t => t.Aliases.Select(a => (Alias: a, t.Canonical, t.Kind)))
        .ToFrozenDictionary(x => x.Alias, x => (x.Canonical, x.Kind), StringComparer.OrdinalIgnoreCase);

    // Words that make an unknown name an organisation: "Tower Hamlets Council", "Metropolitan Police".
    private static readonly FrozenSet<string> OrganisationWords = FrozenSet.ToFrozenSet(
        ["Council", "Party", "Parliament", "Government", "Union", "Committee", "Police", "Office", "Assembly", "University", "College",
         "School", "Museum", "Campaign", "Coalition", "Movement", "Forces", "Army", "Nations", "Network", "Group", "Trust", "Foundation",
         "Institute", "Association", "Society", "Agency", "Ministry", "Department", "Court", "Commission", "Board", "Front", "Alliance",
         "Federation", "Corporation", "Company", "News", "Times", "Post", "Express", "Guardian", "Mail", "Eye", "Worker", "Road"],
        StringComparer.Ordinal);

    /// <summary>The most words in a known spelling ("Workers Party of Britain").</summary>
    public static readonly int MaxWords = Table.SelectMany(t => t.Aliases).Max(a => a.Split(' ').Length);

    public static bool IsKnown(string name) => ByAlias.ContainsKey(name);

    public static bool TryGet(string name, out string canonical, out ActorKind kind)
    {
        if (ByAlias.TryGetValue(name, out var found))
        {
            (canonical, kind) = found;
            return true;
        }

        (canonical, kind) = (name, ActorKind.Other);
        return false;
    }

    public static bool LooksLikeOrganisation(IReadOnlyList<string> tokens) =>
        tokens.Any(t => OrganisationWords.Contains(t) || t.Length >= 2 && t.All(c => char.IsUpper(c) || char.IsDigit(c)));
}
