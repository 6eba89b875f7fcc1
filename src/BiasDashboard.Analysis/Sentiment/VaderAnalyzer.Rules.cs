namespace BiasDashboard.Analysis.Sentiment;

// The per-word rules, in the reference's pipeline order and with its method names.
public sealed partial class VaderAnalyzer
{
    // Reference: sentiment_valence.
    private static double SentimentValence(SentiText senti, int i)
    {
        var tokens = senti.Tokens;
        var n = senti.Count;
        ref readonly var item = ref tokens[i];
        if (!item.InLexicon)
        {
            return 0;
        }

        var valence = item.Valence;

        // "no" before another lexicon word is a negator, not a sentiment word of its own.
        if (item.Word == RuleWord.No && i != n - 1 && tokens[i + 1].InLexicon)
        {
            valence = 0.0;
        }

        // The only way "no" negates: it is in the lexicon, so the negation window below skips it.
        // This resets from the lexicon and so undoes the rule above ("no no good").
        if ((i > 0 && tokens[i - 1].Word == RuleWord.No) ||
            (i > 1 && tokens[i - 2].Word == RuleWord.No) ||
            (i > 2 && tokens[i - 3].Word == RuleWord.No && tokens[i - 1].Word is RuleWord.Or or RuleWord.Nor))
        {
            valence = item.Valence * VaderConstants.NegationScalar;
        }

        if (item.IsUpper && senti.IsCapDiff)
        {
            valence += valence > 0 ? VaderConstants.CapsIncrement : -VaderConstants.CapsIncrement;
        }

        for (var startI = 0; startI < 3; startI++)
        {
            if (i > startI && !tokens[i - (startI + 1)].InLexicon)
            {
                var s = ScalarIncDec(tokens[i - (startI + 1)], valence, senti);
                s *= startI switch { 1 => 0.95, 2 => 0.9, _ => 1.0 };
                valence += s;
                valence = NegationCheck(valence, tokens, startI, i);
                if (startI == 2)
                {
                    valence = SpecialIdiomsCheck(valence, senti, i);
                }
            }
        }

        return LeastCheck(valence, tokens, i);
    }

    // Reference: scalar_inc_dec.
    private static double ScalarIncDec(in VaderToken word, double valence, SentiText senti)
    {
        if (word.Booster == 0)
        {
            return 0.0;
        }

        var scalar = valence < 0 ? -word.Booster : word.Booster;
        if (word.IsUpper && senti.IsCapDiff)
        {
            scalar += valence > 0 ? VaderConstants.CapsIncrement : -VaderConstants.CapsIncrement;
        }

        return scalar;
    }

    // Reference: _negation_check.
    private static double NegationCheck(double valence, VaderToken[] tokens, int startI, int i)
    {
        static bool IsSoOrThis(in VaderToken t) => t.Word is RuleWord.So or RuleWord.This;

        switch (startI)
        {
            case 0:
                return tokens[i - 1].IsNegation ? valence * VaderConstants.NegationScalar : valence;
            case 1:
                if (tokens[i - 2].Word == RuleWord.Never && IsSoOrThis(tokens[i - 1]))
                {
                    return valence * VaderConstants.NeverSoScalar;
                }

                if (tokens[i - 2].Word == RuleWord.Without && tokens[i - 1].Word == RuleWord.Doubt)
                {
                    return valence;
                }

                return tokens[i - 2].IsNegation ? valence * VaderConstants.NegationScalar : valence;
            default:
                // Quirk kept: any word right after "so"/"this" gets ×1.25 here, not only after "never so".
                if ((tokens[i - 3].Word == RuleWord.Never && IsSoOrThis(tokens[i - 2])) || IsSoOrThis(tokens[i - 1]))
                {
                    return valence * VaderConstants.NeverSoScalar;
                }

                if (tokens[i - 3].Word == RuleWord.Without &&
                    (tokens[i - 2].Word == RuleWord.Doubt || tokens[i - 1].Word == RuleWord.Doubt))
                {
                    return valence;
                }

                return tokens[i - 3].IsNegation ? valence * VaderConstants.NegationScalar : valence;
        }
    }

    // Reference: _least_check.
    private static double LeastCheck(double valence, VaderToken[] tokens, int i)
    {
        if (i > 1 && !tokens[i - 1].InLexicon && tokens[i - 1].Word == RuleWord.Least)
        {
            return tokens[i - 2].Word is RuleWord.At or RuleWord.Very ? valence : valence * VaderConstants.NegationScalar;
        }

        if (i > 0 && !tokens[i - 1].InLexicon && tokens[i - 1].Word == RuleWord.Least)
        {
            return valence * VaderConstants.NegationScalar;
        }

        return valence;
    }
}
