using BiasDashboard.Analysis.Framing;
using BiasDashboard.Analysis.Text;

namespace BiasDashboard.Analysis.Tests.Framing;

public sealed class FramingMatcherTests
{
    private static readonly FramingMatcher Matcher = new(FramingLexicon.Parse("""
        {
          "id": "test", "version": 3,
          "categories": [
            { "id": "violent", "group": "loaded", "name": "Violent", "terms": ["slaughter", "ethnic cleansing", "massacre"] },
            { "id": "labels", "group": "loaded", "name": "Labels", "terms": ["so-called", "hard left", "left", {"term": "row", "inflect": false}] },
            { "id": "neutral", "group": "neutral", "name": "Neutral", "terms": ["killed"] }
          ],
          "contested": [
            { "id": "pro", "name": "Pro", "options": [ { "label": "pro-Palestine", "terms": ["pro-Palestine"] }, { "label": "pro-Palestinian", "terms": ["pro-Palestinian"] } ] }
          ]
        }
        """));

    private static IReadOnlyList<FramingMatch> Find(string text) => Matcher.Match(text, QuoteFinder.Find(text)).Matches;

    [Theory]
    [InlineData("They slaughter", "slaughter")]
    [InlineData("It was slaughtered.", "slaughtered")]
    [InlineData("Slaughtering went on", "Slaughtering")]
    [InlineData("the massacres of", "massacres")]
    [InlineData("they massacred", "massacred")]
    public void Match_FindsSimpleInflections_CaseInsensitively(string text, string expected) =>
        Assert.Equal(expected, Assert.Single(Find(text)).Text);

    [Fact]
    public void Match_OnlyOnWordBoundaries() => Assert.Empty(Find("manslaughter and the killedoscope"));

    [Fact]
    public void Match_HyphenAndSpaceVariantsAreTheSameTerm()
    {
        var (_, contested) = Matcher.Match("A pro-Palestine march and a pro Palestine rally, and pro-Palestinian groups.", []);

        Assert.Equal(["pro-Palestine", "pro Palestine", "pro-Palestinian"], contested.Select(m => m.Text));
        Assert.Equal(["pro-Palestine", "pro-Palestine", "pro-Palestinian"], contested.Select(m => m.Option));
    }

    [Fact]
    public void Match_LongestTermWinsWhereTermsOverlap() =>
        Assert.Equal(["hard left"], Find("the hard left wanted it").Select(m => m.Term));

    [Fact]
    public void Match_PhraseAcrossALineBreak_IsFound_ButNotAcrossPunctuation()
    {
        Assert.Equal("ethnic\ncleansing", Assert.Single(Find("accused of ethnic\ncleansing")).Text);
        Assert.Empty(Find("It was ethnic. Cleansing came later"));
    }

    [Fact]
    public void Match_TermWithInflectOff_MatchesOnlyAsWritten()
    {
        Assert.Single(Find("a bitter row"));
        Assert.Empty(Find("they were rowing"));
    }

    [Fact]
    public void Match_OffsetsRoundTripToTheExactText()
    {
        const string text = "“Genocide”? No: the so-called massacre — they KILLED 40.\nHard\nleft.";

        var matches = Find(text);

        Assert.Equal(["so-called", "massacre", "KILLED", "Hard\nleft"], matches.Select(m => m.Text));
        Assert.All(matches, m => Assert.Equal(m.Text, text[m.Start..m.End]));
    }

    [Fact]
    public void Match_InsideAQuotation_IsMarkedQuotedWithItsSpeaker()
    {
        const string text = "The council called it a row. “It was a slaughter,” said Ms Ali.";

        var matches = Find(text);

        Assert.False(matches[0].InQuote);
        Assert.True(matches[1].InQuote);
        Assert.Equal("Ms Ali", matches[1].Speaker);
    }
}
