namespace BiasDashboard.Analysis.Framing;

/// <summary>
/// Simple English inflections of a word, enough for news verbs and nouns: -s/-es, -ed/-d, -ing (with a final
/// e dropped), y → ies/ied, and a doubled final consonant (stab → stabbed). Over-generated forms that are not
/// words (murdereds) never occur in text, so they cost nothing.
/// </summary>
internal static class Inflections
{
    public static IEnumerable<string> Of(string word)
    {
        yield return word;
        if (word.Length < 3 || word.EndsWith("ly", StringComparison.Ordinal) || !word.All(char.IsAsciiLetterLower))
        {
            yield break;
        }

        yield return word + "s";
        yield return word + "es";
        yield return word + "ed";
        yield return word + "ing";
        if (word.EndsWith('e'))
        {
            yield return word + "d";
            yield return word[..^1] + "ing";
        }

        if (word.EndsWith('y') && !IsVowel(word[^2]))
        {
            yield return word[..^1] + "ies";
            yield return word[..^1] + "ied";
        }

        if (!IsVowel(word[^1]) && IsVowel(word[^2]) && !IsVowel(word[^3]) && word[^1] is not ('w' or 'x' or 'y'))
        {
            yield return word + word[^1] + "ed";
            yield return word + word[^1] + "ing";
        }
    }

    private static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u';
}
