using System.Text.RegularExpressions;

namespace BiasDashboard.Analysis.Comparison;

/// <summary>
/// The group a speaker belongs to, where the text says so: the words just before a mention of them ("Labour councillor
/// Marc Francis") or the description after it ("Marc Francis, a campaigner with Stop the War,"). A party named there
/// makes the group that party; otherwise the first of protester, resident, campaign group, official whose words appear.
/// A party or organisation speaking for itself is its own group. Nothing said means <see cref="NotStated"/>.
/// </summary>
public static partial class SpeakerGroups
{
    /// <summary>The group of a speaker the text does not describe.</summary>
    public const string NotStated = "not stated";

    private static readonly (string Group, string[] Words)[] Cues =
    [
        ("protester", ["protester", "protestor", "demonstrator", "marcher", "student", "pupil", "schoolchild", "schoolchildren",
            "striker"]),
        ("resident", ["resident", "local", "constituent", "parent", "mother", "father", "neighbour", "voter", "shopkeeper", "worshipper"]),
        ("campaign group", ["campaigner", "activist", "organiser", "organizer", "campaign", "coalition", "solidarity", "movement", "union",
            "charity", "preacher"]),
        ("official", ["spokesperson", "spokesman", "spokeswoman", "minister", "secretary", "official", "police", "government", "ambassador",
                      "councillor", "mayor", "mp", "speaker", "leader", "chancellor", "president", "diplomat", "candidate", "peer"]),
    ];

    /// <summary>The group of <paramref name="actor"/> from how <paramref name="text"/> describes them at <paramref
    /// name="mentions"/>.</summary>
    public static string Of(string text, Actor actor, IEnumerable<NameMention> mentions)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(mentions);
        if (actor.Kind is ActorKind.Party)
        {
            return actor.Name;
        }

        if (actor.Kind is ActorKind.Organisation)
        {
            return "organisation";
        }

        var cueWords = new HashSet<string>(StringComparer.Ordinal);
        foreach (var mention in mentions)
        {
            foreach (var description in (string[])[Before(text, mention.Start), After(text, mention.Start + mention.Length)])
            {
                var words = WordRegex().Matches(description).Select(m => m.Value).ToList();
                // A party named in the description wins: one, two or three words ("Labour", "Green Party", "Scottish National Party").
                for (var n = 3; n >= 1; n--)
                {
                    for (var i = 0; i + n <= words.Count; i++)
                    {
                        if (char.IsUpper(words[i][0]) &&
                            KnownActors.TryGet(string.Join(' ', words.Skip(i).Take(n)), out var canonical, out var kind) &&
                            kind == ActorKind.Party)
                        {
                            return canonical;
                        }
                    }
                }

                cueWords.UnionWith(words.Select(w => w.ToLowerInvariant()));
            }
        }

        foreach (var (group, cues) in Cues)
        {
            if (cues.Any(c => cueWords.Contains(c) || cueWords.Contains(c + "s")))
            {
                return group;
            }
        }

        return NotStated;
    }

    // Up to 40 characters before the mention, back to the start of its sentence: "Labour councillor ".
    private static string Before(string text, int start)
    {
        var from = Math.Max(0, start - 40);
        var span = text[from..start];
        var stop = span.LastIndexOfAny(['.', '!', '?', '\n', '“', '”', '"', ',', ';', ':']);
        return stop >= 0 ? span[(stop + 1)..] : span;
    }

    // An appositive after the mention: ", a campaigner with Stop the War," (up to the next comma, at most 100 characters).
    private static string After(string text, int end)
    {
        if (end + 2 >= text.Length || text[end] != ',')
        {
            return "";
        }

        var span = text.AsSpan(end + 1, Math.Min(100, text.Length - end - 1));
        var stop = span.IndexOfAny([',', '.', '\n', '“', '"', ';', ':']);
        return (stop >= 0 ? span[..stop] : span).ToString();
    }

    [GeneratedRegex(@"\p{L}+", RegexOptions.NonBacktracking)]
    private static partial Regex WordRegex();
}
