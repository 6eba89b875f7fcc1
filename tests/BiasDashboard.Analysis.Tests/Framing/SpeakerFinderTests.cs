using BiasDashboard.Analysis.Framing;
using BiasDashboard.Analysis.Text;

namespace BiasDashboard.Analysis.Tests.Framing;

public sealed class SpeakerFinderTests
{
    private static string? SpeakerOf(string text) =>
        SpeakerFinder.FindAll(text, QuoteFinder.Find(text)).Values.First();

    [Theory]
    [InlineData("“We will not stop,” said Jess Phillips.", "Jess Phillips")]
    [InlineData("“We will not stop,” Ms Ali said.", "Ms Ali")]
    [InlineData("Marc Francis, Labour councillor in Tower Hamlets, said: ‘Rightly, people here have strong views.’", "Marc Francis")]
    [InlineData("According to Layla Moran, “the siege is costing lives”.", "Layla Moran")]
    [InlineData("In a post directed at Masroor, Akunjee repeated a line he had used, commenting: \"You lost when a turnip could have won.\"", "Akunjee")]
    [InlineData("After her victory was confirmed Ali thanked those who had campaigned for her: \"Together we showed that hope wins.\"", "Ali")]
    public void Find_NamesTheSpeakerInTheUsualPatterns(string text, string expected) => Assert.Equal(expected, SpeakerOf(text));

    [Fact]
    public void Find_Pronoun_IsNotAName() => Assert.Null(SpeakerOf("“I’m praying every day,” she said."));

    [Fact]
    public void Find_QuoteParagraphAfterAnIntroduction_TakesTheIntroducedName() =>
        Assert.Equal("Nisha Bains", SpeakerOf("Nisha Bains, a financial lawyer, said the war was wrong.\n\n“I feel the government don’t represent us.”"));

    [Fact]
    public void FindAll_FollowingQuoteParagraphs_ContinueTheSameSpeaker()
    {
        const string text = "In a statement, Ms Ali said she backed a ceasefire.\n\n“I have never put my role first.\n\n“The motion does not secure a ceasefire.”";

        var speakers = SpeakerFinder.FindAll(text, QuoteFinder.Find(text));

        Assert.All(speakers.Values, s => Assert.Equal("Ms Ali", s));
    }
}
