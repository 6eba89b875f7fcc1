using BiasDashboard.Analysis.Sentiment;

namespace BiasDashboard.Analysis.Tests.Sentiment;

public sealed class VaderBoosterAndCapsTests
{
    private const double B = VaderConstants.BoosterIncrement;
    private const double C = VaderConstants.CapsIncrement;

    [Fact]
    public void Booster_BeforePositiveWord_AddsIncrement() =>
        Assert.Equal(Vader.Lex("good") + B, Vader.ValenceAt("a very good day", 2), 12);

    [Fact]
    public void Booster_BeforeNegativeWord_PushesFurtherNegative() =>
        Assert.Equal(Vader.Lex("bad") - B, Vader.ValenceAt("a very bad day", 2), 12);

    [Fact]
    public void Dampener_BeforePositiveWord_SubtractsIncrement() =>
        Assert.Equal(Vader.Lex("good") - B, Vader.ValenceAt("a slightly good day", 2), 12);

    [Fact]
    public void Booster_TwoWordsBefore_IsDampedTo95Percent() =>
        Assert.Equal(Vader.Lex("good") + B * 0.95, Vader.ValenceAt("very the good", 2), 12);

    [Fact]
    public void Booster_ThreeWordsBefore_IsDampedTo90Percent() =>
        Assert.Equal(Vader.Lex("good") + B * 0.9, Vader.ValenceAt("very the a good", 3), 12);

    [Fact]
    public void Booster_ItselfCarriesNoValence() => Assert.Equal(0, Vader.ValenceAt("very good", 0));

    [Fact]
    public void AllCapsWord_AmongLowerCase_GetsCapsIncrement() =>
        Assert.Equal(Vader.Lex("good") + C, Vader.ValenceAt("a GOOD day", 1), 12);

    [Fact]
    public void AllCapsWord_WhenEveryWordIsCaps_GetsNoIncrement() =>
        Assert.Equal(Vader.Lex("good"), Vader.ValenceAt("A GOOD DAY", 1), 12);

    [Fact]
    public void AllCapsNegativeWord_GetsCapsDecrement() =>
        Assert.Equal(Vader.Lex("bad") - C, Vader.ValenceAt("a BAD day", 1), 12);

    [Fact]
    public void AllCapsBooster_AddsCapsIncrementToBoost() =>
        Assert.Equal(Vader.Lex("good") + B + C, Vader.ValenceAt("a VERY good day", 2), 12);

    [Fact]
    public void AllCapsNo_BeforeLexiconWord_IsMinusCapsIncrement() =>
        Assert.Equal(-C, Vader.ValenceAt("NO good", 0), 12); // rule A zeroes "no"; caps then subtracts, as the reference does

    [Fact]
    public void SoBeforeWord_WithThreeWordsBefore_IsBoostedAndScaledBy125() =>
        Assert.Equal((Vader.Lex("good") + B) * 1.25, Vader.ValenceAt("The movie is so good", 4), 12);
}
