using System.Collections.Frozen;

namespace BiasDashboard.Analysis.Comparison;

/// <summary>
/// Parties, bodies, peoples and places news names often, each with the spellings that mean the same one ("Tories",
/// "Conservative Party" → Conservatives; "F.B.I." → FBI), and a gazetteer of countries, US states and large cities.
/// Names not listed here are classified by their shape and context instead (see <see cref="ActorCatalog"/>). Bodies
/// whose name depends on the country ("House", "Senate") are resolved by <see cref="ActorCatalog"/> from the event.
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
        ("Plaid Cymru", ActorKind.Party, ["Plaid Cymru", "Plaid"]),
        ("Aspire", ActorKind.Party, ["Aspire"]),
        ("Likud", ActorKind.Party, ["Likud"]),
        ("Democrats", ActorKind.Party, ["Democrats", "Democrat", "Democratic Party", "Democratic"]),
        ("Republicans", ActorKind.Party, ["Republicans", "Republican", "Republican Party", "GOP"]),
        ("House of Commons", ActorKind.Organisation, ["House of Commons", "Commons"]),
        ("House of Lords", ActorKind.Organisation, ["House of Lords", "Lords"]),
        ("House of Representatives", ActorKind.Organisation, ["House of Representatives", "U.S. House", "US House"]),
        ("Congress", ActorKind.Organisation, ["Congress", "U.S. Congress", "US Congress"]),
        ("Parliament", ActorKind.Organisation, ["Parliament", "Westminster"]),
        ("Downing Street", ActorKind.Organisation, ["Downing Street", "No 10", "Number 10"]),
        ("White House", ActorKind.Organisation, ["White House"]),
        ("Pentagon", ActorKind.Organisation, ["Pentagon"]),
        ("Kremlin", ActorKind.Organisation, ["Kremlin"]),
        ("Supreme Court", ActorKind.Organisation, ["Supreme Court", "U.S. Supreme Court", "US Supreme Court"]),
        ("FBI", ActorKind.Organisation, ["FBI", "F.B.I.", "Federal Bureau of Investigation"]),
        ("CIA", ActorKind.Organisation, ["CIA", "C.I.A.", "Central Intelligence Agency"]),
        ("Justice Department", ActorKind.Organisation, ["Justice Department", "Department of Justice", "DOJ"]),
        ("European Union", ActorKind.Organisation, ["European Union", "EU", "E.U."]),
        ("European Commission", ActorKind.Organisation, ["European Commission"]),
        ("NATO", ActorKind.Organisation, ["NATO", "Nato"]),
        ("NHS", ActorKind.Organisation, ["NHS", "National Health Service", "NHS England"]),
        ("World Health Organization", ActorKind.Organisation, ["World Health Organization", "World Health Organisation", "WHO"]),
        ("World Bank", ActorKind.Organisation, ["World Bank"]),
        ("Red Cross", ActorKind.Organisation, ["Red Cross"]),
        ("Hamas", ActorKind.Organisation, ["Hamas"]),
        ("Hezbollah", ActorKind.Organisation, ["Hezbollah"]),
        ("Israel Defense Forces", ActorKind.Organisation, ["IDF", "Israel Defense Forces", "Israeli Defence Forces"]),
        ("United Nations", ActorKind.Organisation, ["UN", "U.N.", "United Nations"]),
        ("UN Security Council", ActorKind.Organisation, ["UNSC", "Security Council", "UN Security Council"]),
        ("Stop the War", ActorKind.Organisation, ["Stop the War", "Stop the War Coalition"]),
        ("Palestine Solidarity Campaign", ActorKind.Organisation, ["Palestine Solidarity Campaign", "PSC"]),
        ("BBC", ActorKind.Organisation, ["BBC"]),
        ("Instagram", ActorKind.Organisation, ["Instagram"]),
        ("TikTok", ActorKind.Organisation, ["TikTok"]),
        ("Facebook", ActorKind.Organisation, ["Meta"]),
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
        ("United Kingdom", ActorKind.Place, ["British", "UK", "U.K.", "United Kingdom", "Britain", "Great Britain"]),
        ("United States", ActorKind.Place, ["American", "US", "U.S.", "USA", "U.S.A.", "United States", "America"]),
        ("England", ActorKind.Place, ["England", "English"]),
        ("Scotland", ActorKind.Place, ["Scotland", "Scottish"]),
        ("Wales", ActorKind.Place, ["Wales", "Welsh"]),
        ("Northern Ireland", ActorKind.Place, ["Northern Ireland"]),
        ("Ireland", ActorKind.Place, ["Ireland", "Irish"]),
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
        ("Netherlands", ActorKind.Place, ["Netherlands", "Dutch", "Holland"]),
        ("France", ActorKind.Place, ["France", "French"]),
        ("Germany", ActorKind.Place, ["Germany", "German"]),
        ("Turkey", ActorKind.Place, ["Turkey", "Türkiye", "Turkish"]),
        ("South Korea", ActorKind.Place, ["South Korea", "South Korean"]),
        ("North Korea", ActorKind.Place, ["North Korea", "North Korean"]),
        ("Saudi Arabia", ActorKind.Place, ["Saudi Arabia", "Saudi"]),
        ("Yemen", ActorKind.Place, ["Yemen", "Yemeni"]),
        ("Brazil", ActorKind.Place, ["Brazil", "Brazilian"]),
        ("Norway", ActorKind.Place, ["Norway", "Norwegian"]),
        ("Canada", ActorKind.Place, ["Canada", "Canadian"]),
        ("Kenya", ActorKind.Place, ["Kenya", "Kenyan"]),
        ("South Africa", ActorKind.Place, ["South Africa", "South African"]),
        ("Russia", ActorKind.Place, ["Russia", "Russian"]),
        ("Ukraine", ActorKind.Place, ["Ukraine", "Ukrainian"]),
        ("China", ActorKind.Place, ["China", "Chinese"]),
        ("India", ActorKind.Place, ["India", "Indian"]),
        ("Pakistan", ActorKind.Place, ["Pakistan", "Pakistani"]),
        ("Japan", ActorKind.Place, ["Japan", "Japanese"]),
        ("Mexico", ActorKind.Place, ["Mexico", "Mexican"]),
        ("Australia", ActorKind.Place, ["Australia", "Australian"]),
        ("Nigeria", ActorKind.Place, ["Nigeria", "Nigerian"]),
        ("Syria", ActorKind.Place, ["Syria", "Syrian"]),
        ("Iraq", ActorKind.Place, ["Iraq", "Iraqi"]),
        ("Afghanistan", ActorKind.Place, ["Afghanistan", "Afghan"]),
        ("Italy", ActorKind.Place, ["Italy", "Italian"]),
        ("Spain", ActorKind.Place, ["Spain", "Spanish"]),
        ("Poland", ActorKind.Place, ["Poland", "Polish"]),
        ("Greece", ActorKind.Place, ["Greece", "Greek"]),
        ("Ethiopia", ActorKind.Place, ["Ethiopia", "Ethiopian"]),
        ("Europe", ActorKind.Place, ["Europe", "European"]),
        ("Africa", ActorKind.Place, ["Africa", "African"]),
        ("Asia", ActorKind.Place, ["Asia", "Asian"]),
        ("Amazon", ActorKind.Place, ["Amazon"]),
        ("Washington", ActorKind.Place, ["Washington", "Washington D.C.", "D.C."]),
        ("New York", ActorKind.Place, ["New York", "N.Y.", "NYC"]),
    ];

    // Countries' capitals and large cities, US states: places whatever the context.
    private static readonly string[] Places =
    [
        "Alabama", "Alaska", "Arizona", "Arkansas", "California", "Colorado", "Connecticut", "Delaware", "Florida", "Georgia", "Hawaii",
            "Idaho",
        "Illinois", "Indiana", "Iowa", "Kansas", "Kentucky", "Louisiana", "Maine", "Maryland", "Massachusetts", "Michigan", "Minnesota",
        "Mississippi", "Missouri", "Montana", "Nebraska", "Nevada", "New Hampshire", "New Jersey", "New Mexico", "North Carolina",
            "North Dakota",
        "Ohio", "Oklahoma", "Oregon", "Pennsylvania", "Rhode Island", "South Carolina", "South Dakota", "Tennessee", "Texas", "Utah",
            "Vermont",
        "Virginia", "West Virginia", "Wisconsin", "Wyoming", "British Columbia", "Ontario", "Quebec", "Alberta",
        "Paris", "Berlin", "Brussels", "Madrid", "Rome", "Moscow", "Kyiv", "Kiev", "Beijing", "Tokyo", "Seoul", "Pyongyang", "Delhi",
            "New Delhi",
        "Mumbai", "Karachi", "Islamabad", "Tehran", "Baghdad", "Damascus", "Beirut", "Cairo", "Amman", "Riyadh", "Doha", "Dubai",
            "Abu Dhabi",
        "Jerusalem", "Tel Aviv", "Ankara", "Istanbul", "Athens", "Warsaw", "Vienna", "Geneva", "Zurich", "Amsterdam", "The Hague", "Dublin",
        "Edinburgh", "Cardiff", "Belfast", "Glasgow", "Manchester", "Birmingham", "Liverpool", "Leeds", "Bristol", "Sheffield", "Newcastle",
        "Ottawa", "Toronto", "Vancouver", "Montreal", "Chicago", "Los Angeles", "San Francisco", "Boston", "Detroit", "Houston", "Dallas",
        "Atlanta", "Miami", "Seattle", "Philadelphia", "Phoenix", "Tucson", "Lansing", "Flint", "Mexico City", "Brasília", "Brasilia",
        "São Paulo", "Rio de Janeiro", "Belém", "Buenos Aires", "Lagos", "Nairobi", "Addis Ababa", "Johannesburg", "Cape Town", "Sydney",
        "Melbourne", "Canberra", "Kabul", "Sanaa", "Aden", "Oslo", "Stockholm", "Copenhagen", "Helsinki", "Lisbon", "Prague", "Budapest",
    ];

    private static readonly FrozenDictionary<string, (string Canonical, ActorKind Kind)> ByAlias = Table
        .SelectMany(t => t.Aliases.Select(a => (Alias: a, t.Canonical, t.Kind)))
        .Concat(Places.Select(p => (Alias: p, Canonical: p, Kind: ActorKind.Place)))
        .DistinctBy(x => ActorId.Of(x.Alias), StringComparer.Ordinal) // "U.S. House" and "US House" fold alike
        .ToFrozenDictionary(x => ActorId.Of(x.Alias), x => (x.Canonical, x.Kind), StringComparer.Ordinal);

    // Words that make an unknown name an organisation: "Tower Hamlets Council", "Metropolitan Police", "Fire and Rescue Service".
    private static readonly FrozenSet<string> OrganisationWords = FrozenSet.ToFrozenSet(
        ["Council", "Party", "Parliament", "Government", "Union", "Committee", "Police", "Office", "Assembly", "University", "College",
         "School", "Museum", "Campaign", "Coalition", "Movement", "Forces", "Army", "Nations", "Network", "Group", "Trust", "Foundation",
         "Institute", "Association", "Society", "Agency", "Ministry", "Department", "Court", "Commission", "Board", "Front", "Alliance",
         "Federation", "Corporation", "Company", "News", "Times", "Post", "Express", "Guardian", "Mail", "Eye", "Worker", "Service",
             "Services",
         "Authority", "Care", "Prevention", "Centre", "Centres", "Center", "Centers", "Bureau", "Fund", "Bank", "Inc", "Ltd", "plc", "Corp",
         "Motors", "Airlines", "Airways", "Rail", "Railways", "Energy", "Water", "Elementary", "Academy", "Hospital", "Infirmary", "Clinic",
         "Cross", "Organization", "Organisation", "Senate", "Congress", "Church", "Mosque", "Synagogue", "Cathedral", "Club", "League",
         "Directorate", "Tribunal", "Gazette", "Echo", "Herald", "Telegraph", "Tribune", "Journal", "Review", "Wire", "Desk", "Press",
         "Chronicle", "Observer", "Mirror", "Beacon", "Ledger", "Patrol", "Guard", "Brigade", "Squad"],
        StringComparer.Ordinal);

    // Words that make an unknown name a place: "Marsh Lane", "Kelby Industrial Estate", "River Wend", "Fort Callum".
    private static readonly FrozenSet<string> PlaceEndings = FrozenSet.ToFrozenSet(
        ["Lane", "Road", "Street", "Square", "Avenue", "Estate", "Way", "Drive", "Boulevard", "Harbor", "Harbour", "Bay", "Valley",
            "Junction",
         "Bridge", "Hill", "Hills", "Heights", "Island", "Islands", "Coast", "Strip", "Mountains", "Lake", "Falls", "Beach", "Province",
             "Region",
         "District", "County", "Borough", "Village", "Town", "Park", "Gardens", "Green", "Common", "Moor", "Forest", "Wood", "Sea", "Ocean",
             "Gulf"],
        StringComparer.Ordinal);

    private static readonly FrozenSet<string> PlaceStarts = FrozenSet.ToFrozenSet(["River", "Lake", "Mount", "Fort", "Port", "Cape", "Isle",
        "Camp"], StringComparer.Ordinal);

    public static bool IsKnown(string name) => ByAlias.ContainsKey(ActorId.Of(name));

    public static bool TryGet(string name, out string canonical, out ActorKind kind)
    {
        if (ByAlias.TryGetValue(ActorId.Of(name), out var found))
        {
            (canonical, kind) = found;
            return true;
        }

        (canonical, kind) = (name, ActorKind.Other);
        return false;
    }

    public static bool IsOrganisationWord(string word) => OrganisationWords.Contains(word);

    public static bool LooksLikeOrganisation(IReadOnlyList<string> tokens) =>
        tokens.Any(t => OrganisationWords.Contains(t) || t is "the" or "of" or "and" or "for" or "&" || t.Length >= 2 &&
            t.Where(char.IsLetter).All(char.IsUpper) && t.Any(char.IsLetter)) ||
        tokens.Count == 1 && tokens[0].Length > 3 && tokens[0].Skip(1).Any(char.IsUpper) && tokens[0].Any(char.IsLower) &&
            !tokens[0].Contains('-', StringComparison.Ordinal) &&
        !tokens[0].Contains('\'', StringComparison.Ordinal) && !tokens[0].Contains('’', StringComparison.Ordinal) &&
            !tokens[0].StartsWith("Mc", StringComparison.Ordinal) &&
        !tokens[0].StartsWith("Mac", StringComparison.Ordinal);

    /// <summary>Whether a name's shape says it is a place ("Marsh Lane", "River Wend"); "Lee Park" is a person, so one word before "Park"
    /// or "Green" is not enough alone.</summary>
    public static bool LooksLikePlace(IReadOnlyList<string> tokens) =>
        tokens.Count >= 2 && (PlaceStarts.Contains(tokens[0]) ||
                              PlaceEndings.Contains(tokens[^1]) && tokens[^1] is not "Park" and not "Green" and not "Wood" and not "Hill" ||
                                  tokens.Count >= 3 && PlaceEndings.Contains(tokens[^1]));
}
