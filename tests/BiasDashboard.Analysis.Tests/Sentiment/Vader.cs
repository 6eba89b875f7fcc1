using BiasDashboard.Analysis.Sentiment;

namespace BiasDashboard.Analysis.Tests.Sentiment;

/// <summary>Helpers for rule tests: lexicon values and the spec's formulas, so no score is typed by hand.</summary>
internal static class Vader
{
    public static VaderLexicon Lexicon { get; } = VaderLexicon.LoadEmbedded();

    public static double Lex(string word) =>
        Lexicon.TryGetValence(word, out var v) ? v : throw new ArgumentException($"'{word}' is not in the lexicon");

    /// <summary>The valence of every token after all rules, in order.</summary>
    public static double[] Valences(string text) =>
        VaderAnalyzer.Default.Explain(text).Words.Select(w => w.Valence).ToArray();

    /// <summary>The valence of the token at <paramref name="index"/>.</summary>
    public static double ValenceAt(string text, int index) => Valences(text)[index];

    /// <summary>The spec's normalisation: s / √(s² + 15).</summary>
    public static double Normalize(double sum) => sum / Math.Sqrt(sum * sum + VaderConstants.NormalizationAlpha);

    public static SentimentScores Score(string text) => VaderAnalyzer.Default.PolarityScores(text);
}
