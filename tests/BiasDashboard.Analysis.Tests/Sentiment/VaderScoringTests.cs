using BiasDashboard.Analysis.Sentiment;

namespace BiasDashboard.Analysis.Tests.Sentiment;

public sealed class VaderScoringTests
{
    [Theory]
    [InlineData("")]
    [InlineData("   \t\n ")]
    public void PolarityScores_EmptyOrBlank_IsAllZero(string text) => Assert.Equal(SentimentScores.Zero, Vader.Score(text));

    [Fact]
    public void PolarityScores_OnlyPunctuation_IsFullyNeutral() =>
        Assert.Equal(new SentimentScores(0, 1, 0, 0), Vader.Score("..."));

    [Fact]
    public void PolarityScores_Proportions_CountNeutralWordsAsOneAndSentimentWordsAsValencePlusOne()
    {
        var good = Vader.Lex("good");

        var scores = Vader.Score("good day");

        Assert.Equal(ReferenceMath.Round((good + 1) / (good + 2), 3), scores.Positive);
        Assert.Equal(ReferenceMath.Round(1 / (good + 2), 3), scores.Neutral);
        Assert.Equal(ReferenceMath.Round(Vader.Normalize(good), 4), scores.Compound);
    }

    [Theory]
    [InlineData("good!", 1)]
    [InlineData("good!!!", 3)]
    [InlineData("good!!!!!!", 4)]
    public void Exclamations_AddEmphasisUpToFour(string text, int counted) =>
        Assert.Equal(ReferenceMath.Round(Vader.Normalize(Vader.Lex("good") + counted * 0.292), 4), Vader.Score(text).Compound);

    [Theory]
    [InlineData("good?", 0)]
    [InlineData("good??", 0.36)]
    [InlineData("good???", 0.54)]
    [InlineData("good?????", 0.96)]
    public void QuestionMarks_AddEmphasisFromTwo(string text, double amplifier) =>
        Assert.Equal(ReferenceMath.Round(Vader.Normalize(Vader.Lex("good") + amplifier), 4), Vader.Score(text).Compound);

    [Fact]
    public void Emphasis_OnNegativeText_PushesFurtherNegative() =>
        Assert.Equal(ReferenceMath.Round(Vader.Normalize(Vader.Lex("bad") - 0.292), 4), Vader.Score("bad!").Compound);

    [Fact]
    public void Emphasis_GoesToTheLargerSideOfTheProportions_NotTheSignOfTheSum()
    {
        // great (3.1) outweighs four "offline" (-0.5) in the sum, but the four weigh more in the proportions.
        var great = Vader.Lex("great");
        var offline = Vader.Lex("offline");
        var sum = great + 4 * offline;
        var posSum = great + 1;
        var negBefore = 4 * (offline - 1);
        var negSum = negBefore - 0.292;
        var total = posSum + Math.Abs(negSum);

        var scores = Vader.Score("great offline offline offline offline!");

        Assert.True(sum > 0 && posSum < Math.Abs(negBefore));
        Assert.Equal(ReferenceMath.Round(Vader.Normalize(sum + 0.292), 4), scores.Compound);
        Assert.Equal(ReferenceMath.Round(Math.Abs(negSum) / total, 3), scores.Negative);
        Assert.Equal(ReferenceMath.Round(posSum / total, 3), scores.Positive);
    }

    [Fact]
    public void Compound_StaysWithinMinusOneAndOne()
    {
        var scores = Vader.Score(string.Join(' ', Enumerable.Repeat("GREAT love!!!!", 200)));

        Assert.InRange(scores.Compound, -1, 1);
        Assert.True(scores.Compound > 0.99);
    }

    [Theory]
    [InlineData(0.05, SentimentPolarity.Positive)]
    [InlineData(0.0499, SentimentPolarity.Neutral)]
    [InlineData(-0.05, SentimentPolarity.Negative)]
    public void Polarity_UsesReferenceThresholds(double compound, SentimentPolarity expected) =>
        Assert.Equal(expected, new SentimentScores(0, 0, 0, compound).Polarity);

    [Fact]
    public void SharedAnalyzer_ScoringInParallel_GivesTheSameScoresAsSequential()
    {
        var texts = ReferenceFixture.Sentences.Select(s => s.Text).ToArray();
        var sequential = texts.Select(t => VaderAnalyzer.Default.PolarityScores(t)).ToArray();
        var parallel = new SentimentScores[texts.Length * 20];

        Parallel.For(0, parallel.Length, i => parallel[i] = VaderAnalyzer.Default.PolarityScores(texts[i % texts.Length]));

        Assert.Equal(Enumerable.Range(0, parallel.Length).Select(i => sequential[i % texts.Length]), parallel);
    }

    [Fact]
    public void Explain_WordOffsets_PointAtTheWordsInTheText()
    {
        const string text = "  Mr Streeting hit back, calling it “beyond despicable”!";

        var words = VaderAnalyzer.Default.Explain(text).Words;

        Assert.All(words, w => Assert.Equal(w.Word, text.Substring(w.Start, w.Length)));
        Assert.Equal(["Mr", "Streeting", "hit", "back", "calling", "it", "“beyond", "despicable”"], words.Select(w => w.Word));
    }
}
