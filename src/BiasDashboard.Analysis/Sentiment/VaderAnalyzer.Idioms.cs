namespace BiasDashboard.Analysis.Sentiment;

// Reference: _special_idioms_check, run for a lexicon word with three non-lexicon-gated words before it.
public sealed partial class VaderAnalyzer
{
    private const int NoNext = -1;

    private static double SpecialIdiomsCheck(double valence, SentiText senti, int i)
    {
        var n = senti.Count;

        // onezero, twoonezero, twoone, threetwoone, threetwo: the first special case found replaces the valence.
        ReadOnlySpan<(int A, int B, int C)> sequences =
        [
            (i - 1, i, NoNext), (i - 2, i - 1, i), (i - 2, i - 1, NoNext), (i - 3, i - 2, i - 1), (i - 3, i - 2, NoNext),
        ];
        foreach (var (a, b, c) in sequences)
        {
            if (TryPhrase(senti, a, b, c, special: true, out var replaced))
            {
                valence = replaced;
                break;
            }
        }

        if (n - 1 > i && TryPhrase(senti, i, i + 1, NoNext, special: true, out var zeroOne))
        {
            valence = zeroOne;
        }

        if (n - 1 > i + 1 && TryPhrase(senti, i, i + 1, i + 2, special: true, out var zeroOneTwo))
        {
            valence = zeroOneTwo;
        }

        // Booster n-grams such as "kind of": added with no sign flip, so "was kind of bad" gets more negative.
        ReadOnlySpan<(int A, int B, int C)> boosterGrams = [(i - 3, i - 2, i - 1), (i - 3, i - 2, NoNext), (i - 2, i - 1, NoNext)];
        foreach (var (a, b, c) in boosterGrams)
        {
            if (TryPhrase(senti, a, b, c, special: false, out var booster))
            {
                valence += booster;
            }
        }

        return valence;
    }

    // Looks up the lower-cased tokens a, b (and c) joined by single spaces, without allocating.
    private static bool TryPhrase(SentiText senti, int a, int b, int c, bool special, out double value)
    {
        value = 0;
        var tokens = senti.Tokens;
        if (!tokens[a].InPhraseVocabulary || !tokens[b].InPhraseVocabulary || (c != NoNext && !tokens[c].InPhraseVocabulary))
        {
            return false;
        }

        Span<char> phrase = stackalloc char[64];
        var length = 0;
        foreach (var index in (ReadOnlySpan<int>)[a, b, c])
        {
            if (index == NoNext)
            {
                continue;
            }

            var word = tokens[index].LowerIn(senti.Lower);
            if (length + word.Length + 1 > phrase.Length)
            {
                return false; // Longer than any key.
            }

            if (length > 0)
            {
                phrase[length++] = ' ';
            }

            word.CopyTo(phrase[length..]);
            length += word.Length;
        }

        return special
            ? VaderVocabulary.TryGetSpecialCase(phrase[..length], out value)
            : VaderVocabulary.TryGetBooster(phrase[..length], out value);
    }
}
