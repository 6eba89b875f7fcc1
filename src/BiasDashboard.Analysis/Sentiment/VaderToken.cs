namespace BiasDashboard.Analysis.Sentiment;

/// <summary>
/// One whitespace-separated token after the reference's punctuation stripping, with what the rules ask
/// of it computed once: lexicon valence, booster value, ALL CAPS, negation, and which rule word it is.
/// </summary>
internal struct VaderToken
{
    public int Start;
    public int Length;

    /// <summary>Lexicon valence of the lower-cased token; NaN when it is not in the lexicon.</summary>
    public double Valence;

    /// <summary>BOOSTER_DICT value of the lower-cased token; 0 when it is not a booster.</summary>
    public double Booster;

    public RuleWord Word;
    /// <summary>ALL CAPS, as Python's isupper(); only computed for lexicon and booster words, the only ones the caps rules read.</summary>
    public bool IsUpper;
    public bool IsNegation;

    /// <summary>The token occurs in a multi-word special case or booster key, so n-gram lookups are worth trying.</summary>
    public bool InPhraseVocabulary;

    public readonly bool InLexicon => !double.IsNaN(Valence);

    public readonly ReadOnlySpan<char> LowerIn(char[] lower) => lower.AsSpan(Start, Length);

    public static VaderToken Create(ReadOnlySpan<char> text, char[] lower, int start, int length, VaderVocabulary vocabulary)
    {
        // Reference: _strip_punc_if_word — strip ASCII punctuation from both ends unless that leaves
        // two code points or fewer (which protects emoticons such as ":)").
        var s = start;
        var e = start + length;
        while (s < e && PythonText.IsAsciiPunctuation(text[s]))
        {
            s++;
        }

        while (e > s && PythonText.IsAsciiPunctuation(text[e - 1]))
        {
            e--;
        }

        if (PythonText.HasMoreThanTwoCodePoints(text[s..e]))
        {
            start = s;
            length = e - s;
        }

        var facts = vocabulary.Lookup(lower.AsSpan(start, length));
        return new VaderToken
        {
            Start = start,
            Length = length,
            Valence = facts.Valence,
            Booster = facts.Booster,
            Word = facts.Word,
            IsUpper = (!double.IsNaN(facts.Valence) || facts.Booster != 0) && PythonText.IsUpper(text.Slice(start, length)),
            IsNegation = facts.IsNegation,
            InPhraseVocabulary = facts.InPhraseVocabulary,
        };
    }
}
