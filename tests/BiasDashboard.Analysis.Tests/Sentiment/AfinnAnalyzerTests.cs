using BiasDashboard.Analysis.Sentiment;

namespace BiasDashboard.Analysis.Tests.Sentiment;

public sealed class AfinnAnalyzerTests
{
    [Fact]
    public void Default_IsTheWholeAfinn165List() => Assert.InRange(AfinnAnalyzer.Default.Count, 3370, 3382);

    [Theory]
    [InlineData("A good day.", 3)]
    [InlineData("I can't stand it", -3)]
    [InlineData("It was a cover-up", -3)]
    [InlineData("The vote passed.", 0)]
    [InlineData("Good, but a cowardly and shameful betrayal", 3 - 2 - 2 - 3)]
    public void Score_SumsTheRatingsOfWordsAndPhrases(string text, int expected) =>
        Assert.Equal(expected, AfinnAnalyzer.Default.Score(text));

    [Fact]
    public void Score_AgreesWithVaderInDirection_OnMostReferenceSentencesWithAVerdict()
    {
        var pairs = ReferenceFixture.Sentences
            .Select(s => (Afinn: Math.Sign(AfinnAnalyzer.Default.Score(s.Text)), Vader: VaderAnalyzer.Default.PolarityScores(s.Text).Polarity))
            .Where(p => p.Afinn != 0 && p.Vader != SentimentPolarity.Neutral)
            .ToList();

        var agree = pairs.Count(p => p.Afinn == (int)p.Vader);

        Assert.True(agree > pairs.Count * 0.6, $"{agree} of {pairs.Count} agree");
    }

    [Fact]
    public void Parse_WithoutEntries_IsAFormatError() => Assert.Throws<FormatException>(() => AfinnAnalyzer.Parse("export const x = {}"));
}
