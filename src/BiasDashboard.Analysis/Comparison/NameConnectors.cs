using System.Collections.Frozen;

namespace BiasDashboard.Analysis.Comparison;

/// <summary>
/// The second step of <see cref="NameFinder"/>: a connector ("and", "of", "for", "to", "the") stays inside a name only
/// when the whole is an organisation: "House of Commons", "Fire and Rescue Service", "Stop the War"; "Ortiz and Holt"
/// is two names.
/// </summary>
internal static class NameConnectors
{
    // Words that head an organisation whose name goes on with "of", "for" or "to": "House of Commons", "Campaign to Protect Rural England".
    private static readonly FrozenSet<string> OrganisationHeads = FrozenSet.ToFrozenSet(
        ["House", "Houses", "Department", "University", "Ministry", "Committee", "Campaign", "Centre", "Centres", "Center", "Centers",
            "Bureau",
         "Institute", "Office", "Court", "Chamber", "Bank", "Council", "Association", "Union", "Federation", "Society", "Agency",
             "Commission",
         "Board", "Church", "Party", "Museum", "School", "College", "Academy", "Foundation", "Trust", "Embassy", "Assembly", "Coalition",
         "Alliance", "Friends", "League", "Fund", "Organisation", "Organization", "Division", "Corps", "States", "Republic", "Kingdom",
         "Federal", "Confederation", "Secretary", "Royal", "Order", "Network", "Conference", "Congress", "Parliament", "Army", "Navy",
         "Service", "Authority", "Directorate", "Tribunal", "Club", "Guild", "Company", "Corporation", "Group", "Forum", "Movement",
             "Front"],
        StringComparer.Ordinal);

    private static readonly FrozenSet<string> CampaignVerbs =
        FrozenSet.ToFrozenSet(["Stop", "Save", "Protect", "Keep", "Defend", "Reclaim", "Ban", "End"], StringComparer.Ordinal);

    /// <summary>The parts of <paramref name="run"/> that are names of their own, in order.</summary>
    public static IEnumerable<List<NameToken>> Split(List<NameToken> run)
    {
        var current = new List<NameToken>();
        for (var i = 0; i < run.Count; i++)
        {
            var t = run[i];
            if (NameRuns.IsNamePart(t) || NameWords.Particles.Contains(t.Text) && t.Text is not "the" and not "of")
            {
                current.Add(t);
                continue;
            }

            if (Joins(current, t, RightOf(run, i)))
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

    // The name words after the connector at `i` (after one "the").
    private static List<NameToken> RightOf(List<NameToken> run, int i)
    {
        var right = new List<NameToken>();
        var j = i + 1;
        while (j < run.Count && (NameRuns.IsNamePart(run[j]) || run[j].Text == "the" && right.Count == 0))
        {
            right.Add(run[j]);
            j++;
        }

        return right;
    }

    // Whether the connector joins the words before it and those after it into one organisation's name.
    private static bool Joins(List<NameToken> current, NameToken connector, List<NameToken> right)
    {
        var words = right.Where(NameRuns.IsNamePart).ToList();
        return current.Count > 0 && words.Count > 0 && connector.Text switch
        {
            "and" or "&" => KnownActors.IsOrganisationWord(NameRuns.StripDot(words[^1].Text)) &&
                            !NameWords.Titles.Contains(NameRuns.StripDot(current[0].Text)),
            "the" => CampaignVerbs.Contains(current[^1].Text),
            _ => current.Any(c => OrganisationHeads.Contains(c.Text)) ||
                 KnownActors.IsKnown(string.Join(' ', current.Concat([connector]).Concat(right).Select(x => x.Text))),
        };
    }
}
