using System.Collections.Frozen;
using System.Text.RegularExpressions;

namespace BiasDashboard.Analysis.Comparison;

/// <summary>
/// Finds proper names: runs of capitalised words or acronyms, with an optional title ("Ms", "Sir"). Job titles in a
/// run ("Labour MP Rushanara Ali", "Shadow Minister") are cut out, a possessive "’s" ends a name, months and weekdays
/// are not names, and a capitalised word that opens a sentence counts only when the same word is never written in
/// lower case in the text ("Ali said" is a name, "Last November" is not).
/// </summary>
public static partial class NameFinder
{
    private static readonly FrozenSet<string> Titles =
        FrozenSet.ToFrozenSet(["Mr", "Ms", "Mrs", "Miss", "Dr", "Sir", "Dame", "Lord", "Lady", "Baroness", "Councillor", "Cllr", "Professor", "Prof"], StringComparer.Ordinal);

    // Words that name a job, not a person or body: cut out of a run so "Labour MP Rushanara Ali" is Labour + Rushanara Ali.
    private static readonly FrozenSet<string> RoleWords = FrozenSet.ToFrozenSet(
        ["MP", "MPs", "Shadow", "Minister", "Ministers", "Secretary", "Leader", "Chancellor", "President", "Prime", "Mayor", "Deputy",
         "Chair", "Chairman", "Chairwoman", "Speaker", "Spokesman", "Spokeswoman", "Spokesperson", "Councillors", "Candidate", "Premium",
         "Chief", "Executive", "Director", "General", "Foreign", "Home", "Office", "Editor", "Reporter", "Correspondent", "Member", "Members"],
        StringComparer.Ordinal);

    private static readonly FrozenSet<string> NotNames = FrozenSet.ToFrozenSet(
        ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December",
         "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "I", "OK", "AM", "PM", "TV", "CEO", "PA", "AP",
         "Posted", "Read", "More", "Share", "Sign", "Click", "Subscribe", "Image", "Photo", "Picture", "Getty", "Images", "Twitter", "Facebook",
         "Instagram", "X", "Update", "Updated", "Live", "Watch", "Listen", "Advertisement", "Copyright"],
        StringComparer.Ordinal);

    // Function words: never names, and they split a title-case run ("Tories And Labour Unite To Protect").
    private static readonly FrozenSet<string> FunctionWords = FrozenSet.ToFrozenSet(
        ["The", "A", "An", "In", "On", "At", "But", "And", "Or", "He", "She", "It", "They", "We", "You", "This", "That", "These", "Those",
         "His", "Her", "Their", "Our", "My", "Its", "There", "Here", "What", "When", "Where", "Why", "How", "Who", "If", "As", "For", "So",
         "Yet", "After", "Before", "Since", "While", "During", "Last", "Next", "Some", "Many", "Most", "One", "Two", "Several", "Overall",
         "Just", "Despite", "Meanwhile", "However", "Speaking", "According", "Although", "Though", "Because", "Under", "Over", "With",
         "Without", "By", "From", "To", "Of", "Not", "No", "Now", "Then", "Also", "Even", "Still", "Only", "All", "Every", "Each", "Both",
         "Other", "Another", "Later", "Earlier", "Today", "Yesterday", "Tomorrow", "Unite", "Is", "Are", "Was", "Were", "Will", "Would", "Could", "Should", "Can", "May", "Must", "Why", "Let", "Do"],
        StringComparer.Ordinal);

    /// <summary>The names in <paramref name="text"/>, in order.</summary>
    public static IReadOnlyList<NameMention> Find(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        // Every word of the text as written, collected in one pass: asking per capitalised word by scanning the text was
        // quadratic in a text of many different names.
        var written = WordsAsWritten(text);
        bool InLowerCase(string word) => written.Contains(word.ToLowerInvariant());

        var mentions = new List<NameMention>();
        foreach (var run in RunRegex().Matches(text).Select(m => m.Groups["run"]))
        {
            var words = WordRegex().Matches(run.Value).Select(w => (Start: run.Index + w.Index, w.Value)).ToList();
            var opensSentence = OpensSentence(text, run.Index);
            var current = new List<(int Start, string Word)>();
            string? title = null;
            int? titleStart = null;

            void Flush()
            {
                if (current.Count > 0)
                {
                    var start = titleStart ?? current[0].Start;
                    var end = current[^1].Start + current[^1].Word.Length;
                    var tokens = current.Select(c => StripPossessive(c.Word)).ToList();
                    // "Commons Penny Mordaunt": a known body before a person's name is a separate name.
                    // Known names are a few words long, so only the run's first few words are tried: a long run stays linear.
                    var known = tokens.Count <= KnownActors.MaxWords && KnownActors.IsKnown(string.Join(' ', tokens)) ? 0
                        : Enumerable.Range(1, Math.Min(KnownActors.MaxWords, Math.Max(0, tokens.Count - 1))).Reverse()
                        .FirstOrDefault(k => KnownActors.TryGet(string.Join(' ', tokens.Take(k)), out _, out var kind) &&
                                             (tokens.Count - k >= 2 || kind == ActorKind.Party));
                    if (known > 0 && title is null)
                    {
                        var knownEnd = current[known - 1].Start + current[known - 1].Word.Length;
                        mentions.Add(new NameMention(start, knownEnd - start, null, tokens[..known]));
                        tokens = tokens[known..];
                        start = current[known].Start;
                    }

                    mentions.Add(new NameMention(start, end - start, title, tokens)
                    {
                        CommonFirstWord = InLowerCase(tokens[0]),
                    });
                }

                current.Clear();
                title = null;
                titleStart = null;
            }

            for (var i = 0; i < words.Count; i++)
            {
                var (start, word) = words[i];
                var bare = word.TrimEnd('.');
                if (i == 0 && opensSentence && !Titles.Contains(bare) && !KnownActors.IsKnown(StripPossessive(bare)) &&
                    InLowerCase(StripPossessive(bare)))
                {
                    continue; // "The", "Last", "But": an ordinary word at the start of a sentence
                }

                if (Titles.Contains(bare) && i + 1 < words.Count)
                {
                    Flush();
                    title = bare;
                    titleStart = start;
                    continue;
                }

                if (RoleWords.Contains(bare) || NotNames.Contains(StripPossessive(bare)) || FunctionWords.Contains(bare))
                {
                    Flush();
                    continue;
                }

                current.Add((start, bare));
                if (IsPossessive(word))
                {
                    Flush(); // "Starmer’s three-line whip": a possessive ends the name
                }
            }

            Flush();
        }

        return mentions;
    }

    // The text's words as written: maximal runs of letters, and runs of letters joined by hyphens or apostrophes
    // ("jean-luc", "o’connor"), so a lower-case word can be looked up as a whole word.
    private static HashSet<string> WordsAsWritten(string text)
    {
        var words = new HashSet<string>(StringComparer.Ordinal);
        var i = 0;
        while (i < text.Length)
        {
            if (!char.IsLetter(text[i]))
            {
                i++;
                continue;
            }

            var start = i;
            var runStart = i;
            while (i < text.Length && (char.IsLetter(text[i]) || text[i] is '-' or '’' or '\'' && i + 1 < text.Length && char.IsLetter(text[i + 1])))
            {
                if (!char.IsLetter(text[i]))
                {
                    words.Add(text[runStart..i]);
                    runStart = i + 1;
                }

                i++;
            }

            words.Add(text[runStart..i]);
            if (runStart != start)
            {
                words.Add(text[start..i]);
            }
        }

        return words;
    }

    private static bool IsPossessive(string word) => word.EndsWith("’s", StringComparison.Ordinal) || word.EndsWith("'s", StringComparison.Ordinal);

    private static string StripPossessive(string word) =>
        IsPossessive(word) ? word[..^2] : word.TrimEnd('’', '\'');

    private static bool OpensSentence(string text, int offset)
    {
        var i = offset - 1;
        while (i >= 0 && (text[i] is ' ' or '\t' or '“' or '‘' or '"' or '\'' or '(' or '*' or '-' or '•' or '#' or '>' || char.IsWhiteSpace(text[i]) && text[i] != '\n'))
        {
            i--;
        }

        return i < 0 || text[i] is '\n' or '.' or '!' or '?' or ':' or '—';
    }

    // A run of capitalised words or acronyms, with particles inside names ("Oussama Al Saqr", "Ursula von der Leyen"). The
    // leading (?:^|[^\p{L}\p{N}]) stands in for a look-behind (not in the linear-time engine): the run itself is group "run".
    [GeneratedRegex(@"(?:^|[^\p{L}\p{N}])(?<run>(?:(?:Mr|Ms|Mrs|Dr|Prof)\.[ \t]+)?\p{Lu}[\p{L}\-]*(?:[’']s\b)?(?:[ \t]+(?:(?:von|van|der|de|du|da|bin|al|el|la|le)[ \t]+)*\p{Lu}[\p{L}\-]*(?:[’']s\b)?)*)",
        RegexOptions.NonBacktracking)]
    private static partial Regex RunRegex();

    [GeneratedRegex(@"(?:Mr|Ms|Mrs|Dr|Prof)\.|\p{Lu}[\p{L}\-]*(?:[’']s\b)?|(?:von|van|der|de|du|da|bin|al|el|la|le)\b", RegexOptions.NonBacktracking)]
    private static partial Regex WordRegex();
}
