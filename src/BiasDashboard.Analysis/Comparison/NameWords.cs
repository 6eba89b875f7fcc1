using System.Collections.Frozen;

namespace BiasDashboard.Analysis.Comparison;

/// <summary>The word lists name finding and attribution share: titles, job words, particles, connectors, speech verbs.</summary>
internal static class NameWords
{
    private static FrozenSet<string> Set(string words, StringComparer? comparer = null) =>
        words.Split(' ', StringSplitOptions.RemoveEmptyEntries).ToFrozenSet(comparer ?? StringComparer.Ordinal);

    /// <summary>Honorifics and ranks written before a name (US, UK, international), with or without a dot: stripped from the name, kept as
    /// its title.</summary>
    public static readonly FrozenSet<string> Titles = Set(
        "Mr Mrs Ms Miss Mx Dr Sir Dame Lord Lady Baroness Baron Viscount Earl Cllr Councillor Prof Professor Sen Senator Gov Governor " +
            "Rep Representative " +
        "Congressman Congresswoman Councilman Councilwoman Assemblyman Assemblywoman Lt Gen Col Capt Maj Adm Sgt Cpl Pvt Det Insp Supt " +
            "Superintendent " +
        "Justice Judge Sheikh Sheikha Rev Reverend Rabbi Imam Cardinal Archbishop Bishop Pope King Queen Prince Princess Dr Hon Rt");

    /// <summary>Titles a person goes by with the first name ("Sir Keir", "Dame Judith").</summary>
    public static readonly FrozenSet<string> FirstNameTitles = Set("Sir Dame Lord Lady Baroness Baron Sheikh Sheikha King Queen Prince " +
        "Princess Pope Cardinal");

    /// <summary>Abbreviations that end with a dot but not a sentence ("Sen.", "Lt.", "Mr.").</summary>
    public static readonly FrozenSet<string> Abbreviations = Set(
        "Mr Mrs Ms Dr Prof Sen Gov Rep Lt Gen Col Capt Maj Adm Sgt Cpl Pvt Det Insp Supt Rev Hon Rt St Jr Sr Mt Ft Gov Cllr No Mich Ariz " +
            "Calif Fla Ga Ill Mass Minn Tex Va Wash Wis Pa Md Conn Ore Colo Ky La Nev Okla Tenn Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct " +
            "Nov Dec vs");

    /// <summary>Words naming a job, not a person or body: cut out of a run so "Labour MP Rushanara Ali" is Labour + Rushanara
    /// Ali.</summary>
    public static readonly FrozenSet<string> RoleWords = Set(
        "MP MPs MEP MEPs KC QC Shadow Minister Ministers Secretary Leader Chancellor President Prime Mayor Deputy Vice Chair Chairman " +
            "Chairwoman Chairperson " +
        "Speaker Spokesman Spokeswoman Spokesperson Councillors Candidate Premium Chief Executive Director General Editor Reporter " +
        "Correspondent Member Members Commissioner Attorney Envoy Ambassador Governor Officer Manager Founder Coach Captain Sergeant " +
            "Inspector Constable " +
        "Commander Marshal Treasurer Principal Head Headteacher Dean Provost Chancellor Superintendent Sheriff Prosecutor Counsel " +
            "Solicitor Barrister " +
        "Organiser Organizer Campaigner Activist Founder Boss Pensioner Gran Grandmother Mum Dad Mother Father Cyclist Resident Student " +
            "Nurse Doctor Teacher");

    /// <summary>Particles inside names, written in lower case: "Ursula von der Leyen", "Luiz da Silva", "Omar bin Rashid".</summary>
    public static readonly FrozenSet<string> Particles = Set("de da do dos das du del della di van von der den ter ten bin ibn bint al " +
        "el la le");

    /// <summary>Words that are never names, and split a run of capitals.</summary>
    public static readonly FrozenSet<string> NotNames = Set(
        "January February March April May June July August September October November December Monday Tuesday Wednesday Thursday Friday " +
            "Saturday Sunday " +
        "I OK AM PM TV CEO PA AP Posted Read More Share Sign Click Subscribe Image Photo Picture Getty Images Twitter Facebook X Update " +
            "Updated Live " +
        "Watch Listen Advertisement Copyright Mph Km");

    /// <summary>Function words, number words and sentence adverbs: never names, and they split a title-case run ("Tories And Labour
    /// Unite").</summary>
    public static readonly FrozenSet<string> FunctionWords = Set(
        "The A An In On At But And Or He She It They We You This That These Those His Her Their Our My Its There Here What When Where " +
            "Why How Who Whom " +
        "If As For So Yet After Before Since While During Last Next Some Many Most One Two Three Four Five Six Seven Eight Nine Ten " +
            "Eleven Twelve " +
        "Twenty Thirty Forty Fifty Sixty Seventy Eighty Ninety Hundred Hundreds Thousands Dozens Several Overall Just Despite Meanwhile " +
            "However Speaking " +
        "According Although Though Because Under Over With Without By From To Of Not No Now Then Also Even Still Only All Every Each " +
            "Both Other Another " +
        "Later Earlier Today Yesterday Tomorrow Tonight Unite Is Are Was Were Will Would Could Should Can May Must Let Do Does Did Has " +
            "Have Had Be Been " +
        "About Nearly Around Almost Roughly Some Up Down Out Once Twice Asked Amid Among Into Onto Upon Until Unless Whether Instead " +
            "Indeed Perhaps " +
        "Nobody Everyone Everything Nothing Someone Something Anyone Those Such Whose Which Furious Angry Misery Fury Please Thank " +
            "Thanks Yes Sorry Well");

    /// <summary>Lower-case words allowed inside an organisation's name, between capitalised words.</summary>
    public static readonly FrozenSet<string> Connectors = Set("of and for to the on & in");

    /// <summary>Verbs that attribute speech.</summary>
    public static readonly FrozenSet<string> SpeechVerbs = Set(
        "said says say told tells added adds argued argues claimed claims warned warns insisted insists stated states explained explains " +
            "admitted admits " +
        "acknowledged acknowledges suggested suggests announced announces confirmed confirms denied denies noted notes recalled recalls " +
            "wrote writes " +
        "tweeted posted replied replies asked asks declared declares stressed stresses conceded concedes continued continues maintained " +
            "maintains " +
        "alleged alleges reasoned contended contends countered counters cautioned urged urges agreed agrees predicted predicts revealed " +
            "reveals " +
        "remarked observed responded responds beamed joked laughed sighed complained complains testified testifies");

    /// <summary>Speech verbs that introduce reported speech ("X said the vote…"): the common ones, where a clause after them is what was
    /// said.</summary>
    public static readonly FrozenSet<string> ReportingVerbs = Set(
        "said says told tells added adds argued argues claimed claims warned warns insisted insists stated states explained explains " +
            "admitted admits " +
        "acknowledged acknowledges suggested suggests announced announces confirmed confirms denied denies noted notes recalled recalls " +
        "stressed stresses conceded concedes maintained maintains alleged alleges contended contends predicted predicts revealed reveals " +
            "testified wrote writes");

    /// <summary>Verbs that introduce a quotation in the sentence's own words ("called the deal “historic”").</summary>
    public static readonly FrozenSet<string> QuotingVerbs = Set("called calls described describes dubbed branded labelled labeled hailed");

    /// <summary>Personal pronouns that can be a speaker, with gender (f, m, or n for they).</summary>
    public static readonly FrozenDictionary<string, char> Pronouns = new Dictionary<string, char>(StringComparer.OrdinalIgnoreCase)
    {
        ["he"] = 'm',
        ["she"] = 'f',
        ["they"] = 'n',
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    /// <summary>Titles that tell a person's gender, to keep a pronoun from resolving to the wrong person.</summary>
    public static readonly FrozenSet<string> FemaleTitles = Set("Ms Mrs Miss Dame Lady Baroness Sheikha Queen Princess Congresswoman " +
        "Councilwoman Assemblywoman");

    /// <inheritdoc cref="FemaleTitles"/>
    public static readonly FrozenSet<string> MaleTitles = Set("Mr Sir Lord Baron Sheikh King Prince Congressman Councilman Assemblyman");

    /// <summary>Plural or common nouns that open sentences as speakers but name nobody ("Prosecutors said").</summary>
    public static readonly FrozenSet<string> CommonSubjects = Set(
        "Prosecutors Police Officials Residents Critics Opponents Campaigners Witnesses Doctors Experts Analysts Investigators Neighbors " +
            "Neighbours " +
        "Officers Parents Teachers Protesters Protestors Students Staff Workers Ministers Sources Supporters Activists Leaders Lawyers " +
            "Organisers Organizers " +
        "Authorities Rescuers Scientists Researchers Economists Diplomats Rebels Locals Voters Fans Families Officials Pupils Nurses " +
            "Firefighters Paramedics");
}
