using BiasDashboard.Analysis.Sentiment;

namespace BiasDashboard.Analysis.Tests.Sentiment;

public sealed class VaderTokenisationTests
{
    [Fact]
    public void AsciiPunctuation_IsStrippedFromWordEdges() =>
        Assert.Equal(Vader.Lex("good"), Vader.ValenceAt("(good),", 0), 12);

    [Fact]
    public void CurlyQuotes_AreNotStripped_SoTheWordMissesTheLexicon() =>
        Assert.Equal(0, Vader.ValenceAt("“good”", 0));

    [Fact]
    public void Emoticon_IsKeptWhole() => Assert.Equal(Vader.Lex(":)"), Vader.ValenceAt("nice :)", 1), 12);

    [Fact]
    public void ShortStrippedToken_KeepsItsPunctuation_SoNoWithFullStopMisses() =>
        Assert.Equal(SentimentScores.Zero with { Neutral = 1 }, Vader.Score("No."));

    [Fact]
    public void Hashtag_IsStrippedToTheWord() => Assert.Equal(Vader.Lex("love"), Vader.ValenceAt("#love", 0), 12);

    [Fact]
    public void WordsJoinedByCommaWithoutSpace_StayOneToken() => Assert.Single(Vader.Valences("good,bad"));

    [Fact]
    public void InformationSeparator_SplitsWordsAsPythonWhitespaceDoes() =>
        Assert.Equal(2, Vader.Valences("good\u001cday").Length);

    [Fact]
    public void KelvinSign_LowerCasesToK_SoKillIsFound() =>
        Assert.Equal(Vader.Lex("kill"), Vader.ValenceAt("\u212Aill", 0), 12);

    [Fact]
    public void DottedCapitalI_DoesNotLowerCaseToPlainI() => Assert.Equal(0, Vader.ValenceAt("K\u0130LL", 0));

    [Theory]
    [InlineData("GOOD", true)]
    [InlineData("U.S", true)]
    [InlineData(":D", true)]
    [InlineData("CAFÉ", true)]
    [InlineData("COVID19", true)]
    [InlineData("𝐀𝐋𝐄𝐑𝐓", true)]
    [InlineData("Ⅻ", true)]
    [InlineData("Good", false)]
    [InlineData("123", false)]
    [InlineData("ABCⓐ", false)]
    [InlineData("ǅ", false)]
    public void IsUpper_FollowsPythonStrIsupper(string token, bool expected) => Assert.Equal(expected, PythonText.IsUpper(token));

    [Fact]
    public void IsWhiteSpace_IsDotNetWhitespacePlusInformationSeparators()
    {
        for (var c = '\0'; c < char.MaxValue; c++)
        {
            Assert.Equal(char.IsWhiteSpace(c) || c is >= '\u001c' and <= '\u001f', PythonText.IsWhiteSpace(c));
        }
    }
}
