namespace BiasDashboard.Analysis.Sentiment;

/// <summary>
/// VADER sentiment (Hutto &amp; Gilbert 2014), a faithful port of the reference <c>polarity_scores</c> of
/// vaderSentiment 3.3.2, quirks included. Stateless after construction: one instance is safe to share
/// across threads (per-call scratch space is per thread).
/// </summary>
public sealed partial class VaderAnalyzer
{
    private readonly VaderVocabulary _vocabulary;
    private readonly EmojiLexicon _emoji;

    /// <summary>Creates an analyzer over the given lexicons.</summary>
    public VaderAnalyzer(VaderLexicon lexicon, EmojiLexicon? emoji = null)
    {
        ArgumentNullException.ThrowIfNull(lexicon);
        _vocabulary = new VaderVocabulary(lexicon);
        _emoji = emoji ?? EmojiLexicon.Empty;
    }

    /// <summary>Shared, thread-safe instance over the embedded lexicons; they load once, on first use.</summary>
    public static VaderAnalyzer Default => LazyDefault.Value;

    private static readonly Lazy<VaderAnalyzer> LazyDefault =
        new(() => new VaderAnalyzer(VaderLexicon.LoadEmbedded(), EmojiLexicon.LoadEmbedded()));

    /// <summary>The four VADER scores of <paramref name="text"/>, rounded as the reference rounds them.</summary>
    public SentimentScores PolarityScores(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return PolarityScores(text.AsSpan());
    }

    /// <summary>The four VADER scores of <paramref name="text"/>, rounded as the reference rounds them.</summary>
    public SentimentScores PolarityScores(ReadOnlySpan<char> text)
    {
        var raw = Score(Prepare(text));
        return raw.Rounded();
    }

    /// <summary>The scores of <paramref name="text"/> together with the valence of every word behind them.</summary>
    public SentimentExplanation Explain(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var senti = Prepare(text);
        var raw = Score(senti);
        var words = new WordValence[senti.Count];
        for (var i = 0; i < senti.Count; i++)
        {
            var token = senti.Tokens[i];
            var (start, length) = senti.ToSource(token.Start, token.Length);
            words[i] = new WordValence(start, length, senti.Text.Slice(token.Start, token.Length).ToString(), senti.Sentiments[i],
                token.InLexicon ? token.Valence : null);
        }

        return new SentimentExplanation(raw.Rounded(), words, raw.Emphasis, raw.Compound);
    }

    private SentiText Prepare(ReadOnlySpan<char> text)
    {
        var senti = SentiText.ForCurrentThread();
        senti.Load(text, _vocabulary, _emoji);
        var sentiments = senti.Sentiments;
        var tokens = senti.Tokens;
        for (var i = 0; i < senti.Count; i++)
        {
            // Boosters, and "kind" in "kind of", carry no valence of their own.
            var isKindOf = tokens[i].Word == RuleWord.Kind && i < senti.Count - 1 && tokens[i + 1].Word == RuleWord.Of;
            sentiments[i] = tokens[i].Booster != 0 || isKindOf ? 0 : SentimentValence(senti, i);
        }

        ButCheck(senti);
        return senti;
    }

    // Reference: score_valence.
    private static RawScores Score(SentiText senti)
    {
        if (senti.Count == 0)
        {
            return default;
        }

        var sentiments = senti.Sentiments.AsSpan(0, senti.Count);
        var sum = 0.0;
        foreach (var s in sentiments)
        {
            sum += s; // Plain left-to-right addition, as CPython 3.11's sum() of floats does.
        }

        var emphasis = PunctuationEmphasis(senti.Text);
        if (sum > 0)
        {
            sum += emphasis;
        }
        else if (sum < 0)
        {
            sum -= emphasis;
        }

        var compound = Math.Clamp(sum / Math.Sqrt(sum * sum + VaderConstants.NormalizationAlpha), -1.0, 1.0);

        // Reference: _sift_sentiment_scores. The +1/-1 compensate for neutral words counting as 1.
        double posSum = 0, negSum = 0;
        var neutral = 0;
        foreach (var s in sentiments)
        {
            if (s > 0)
            {
                posSum += s + 1;
            }
            else if (s < 0)
            {
                negSum += s - 1;
            }
            else
            {
                neutral++;
            }
        }

        // Not the sign of sum: the two can disagree.
        if (posSum > Math.Abs(negSum))
        {
            posSum += emphasis;
        }
        else if (posSum < Math.Abs(negSum))
        {
            negSum -= emphasis;
        }

        var total = posSum + Math.Abs(negSum) + neutral;
        return new RawScores(Math.Abs(negSum / total), Math.Abs(neutral / total), Math.Abs(posSum / total), compound, emphasis);
    }

    // Reference: _punctuation_emphasis over the emoji-replaced text (a '!' inside a URL counts too).
    private static double PunctuationEmphasis(ReadOnlySpan<char> text)
    {
        var exclamations = text.Count('!');
        var questions = text.Count('?');

        var ep = Math.Min(exclamations, 4) * VaderConstants.ExclamationIncrement;
        var qm = questions <= 1 ? 0 : questions <= 3 ? questions * VaderConstants.QuestionIncrement : VaderConstants.QuestionCap;
        return ep + qm;
    }

    private readonly record struct RawScores(double Negative, double Neutral, double Positive, double Compound, double Emphasis)
    {
        public SentimentScores Rounded() => new(
            ReferenceMath.Round(Negative, 3), ReferenceMath.Round(Neutral, 3),
            ReferenceMath.Round(Positive, 3), ReferenceMath.Round(Compound, 4));
    }
}
