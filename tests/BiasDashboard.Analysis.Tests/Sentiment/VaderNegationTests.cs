using BiasDashboard.Analysis.Sentiment;

namespace BiasDashboard.Analysis.Tests.Sentiment;

public sealed class VaderNegationTests
{
    private const double N = VaderConstants.NegationScalar;

    [Fact]
    public void Not_RightBefore_FlipsAndDamps() =>
        Assert.Equal(Vader.Lex("good") * N, Vader.ValenceAt("not good", 1), 12);

    [Fact]
    public void Not_TwoWordsBefore_StillNegates() =>
        Assert.Equal((Vader.Lex("good") + VaderConstants.BoosterIncrement) * N, Vader.ValenceAt("not very good", 2), 12);

    [Fact]
    public void Not_ThreeWordsBefore_StillNegates() =>
        Assert.Equal(Vader.Lex("good") * N, Vader.ValenceAt("not the a good", 3), 12);

    [Fact]
    public void ContractionWithAsciiApostrophe_Negates() =>
        Assert.Equal(Vader.Lex("good") * N, Vader.ValenceAt("isn't good", 1), 12);

    [Fact]
    public void AnyWordContainingNt_Negates() =>
        Assert.Equal(Vader.Lex("good") * N, Vader.ValenceAt("mightn't've good", 1), 12);

    [Fact]
    public void ContractionWithCurlyApostrophe_DoesNotNegate() =>
        Assert.Equal(Vader.Lex("good"), Vader.ValenceAt("isn’t good", 1), 12);

    [Fact]
    public void NeverSo_ScalesBy125InsteadOfNegating() =>
        Assert.Equal((Vader.Lex("good") + VaderConstants.BoosterIncrement) * 1.25, Vader.ValenceAt("never so good", 2), 12);

    [Fact]
    public void WithoutDoubt_DoesNotNegate() =>
        Assert.Equal(Vader.Lex("good"), Vader.ValenceAt("without doubt good", 2), 12);

    [Fact]
    public void Without_OtherwiseNegates() =>
        Assert.Equal(Vader.Lex("good") * N, Vader.ValenceAt("without any good", 2), 12);

    [Fact]
    public void No_BeforeLexiconWord_LosesItsOwnValenceAndNegatesTheWord()
    {
        var valences = Vader.Valences("no good");

        Assert.Equal(0, valences[0]);
        Assert.Equal(Vader.Lex("good") * N, valences[1], 12);
    }

    [Fact]
    public void NoNo_SecondNoIsResetFromLexiconAndNegated() =>
        Assert.Equal(Vader.Lex("no") * N, Vader.ValenceAt("no no good", 1), 12);

    [Fact]
    public void NoXOrY_NegatesTheWordAfterOr() =>
        Assert.Equal(Vader.Lex("good") * N, Vader.ValenceAt("no cats or good", 3), 12);

    [Fact]
    public void NoXAndY_ThreeWordsBack_DoesNotNegate() =>
        Assert.Equal(Vader.Lex("good"), Vader.ValenceAt("no cats and good", 3), 12);

    [Theory]
    [InlineData("least good", 1)]
    [InlineData("the least good", 2)]
    public void Least_BeforeWord_Negates(string text, int index) =>
        Assert.Equal(Vader.Lex("good") * N, Vader.ValenceAt(text, index), 12);

    [Fact]
    public void AtLeast_DoesNotNegate() => Assert.Equal(Vader.Lex("good"), Vader.ValenceAt("at least good", 2), 12);

    [Fact]
    public void VeryLeast_DoesNotNegateButVeryStillBoosts() =>
        Assert.Equal(Vader.Lex("good") + VaderConstants.BoosterIncrement * 0.95, Vader.ValenceAt("very least good", 2), 12);

    [Fact]
    public void NegationWords_AreTheReference59() => Assert.Equal(59, VaderConstants.Negations.Count);
}
