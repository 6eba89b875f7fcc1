using System.Collections.Frozen;

namespace BiasDashboard.Analysis.Comparison;

/// <summary>
/// What the words around a name say it is: "in Benton Harbor" reads as a place; "a spokesperson for GreenCycle",
/// "GreenCycle’s director" as an organisation.
/// </summary>
internal static class NameCues
{
    private static readonly FrozenSet<string> PlacePrepositions = FrozenSet.ToFrozenSet(
        ["in", "near", "across", "outside", "around", "into", "throughout", "towards", "toward", "inside"], StringComparer.Ordinal);

    private static readonly FrozenSet<string> SpokesWords = FrozenSet.ToFrozenSet(
        ["spokesperson", "spokesman", "spokeswoman", "director", "head", "executive", "president", "chair", "chairman", "boss", "founder",
         "officials"],
        StringComparer.Ordinal);

    /// <summary>The kind the words around the name starting at <paramref name="start"/> and ending with <paramref name="last"/>
    /// suggest.</summary>
    public static ActorKind? Around(string text, int start, NameToken last)
    {
        var (word, before) = WordBefore(text, start);
        if (PlacePrepositions.Contains(word))
        {
            return ActorKind.Place;
        }

        if (word is "for" or "of" && SpokesWords.Contains(WordBefore(text, before).Word))
        {
            return ActorKind.Organisation;
        }

        if (last.Possessive)
        {
            var next = last.End + 2;
            while (next < text.Length && text[next] == ' ')
            {
                next++;
            }

            var wordEnd = next;
            while (wordEnd < text.Length && char.IsLetter(text[wordEnd]))
            {
                wordEnd++;
            }

            if (SpokesWords.Contains(text[next..wordEnd]) && text[next..wordEnd] is not "president" and not "head")
            {
                return ActorKind.Organisation;
            }
        }

        return null;
    }

    // The lower-case word just before `at` (skipping spaces), and where it starts; "" when the text there is not a lower-case word.
    private static (string Word, int Start) WordBefore(string text, int at)
    {
        var end = at;
        while (end > 0 && text[end - 1] == ' ')
        {
            end--;
        }

        var start = end;
        while (start > 0 && char.IsLetter(text[start - 1]))
        {
            start--;
        }

        return start < end && char.IsLower(text[start]) ? (text[start..end], start) : ("", start);
    }
}
