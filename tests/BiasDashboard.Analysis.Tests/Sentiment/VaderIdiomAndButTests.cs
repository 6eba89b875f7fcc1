using BiasDashboard.Analysis.Sentiment;

namespace BiasDashboard.Analysis.Tests.Sentiment;

public sealed class VaderIdiomAndButTests
{
    [Fact]
    public void SpecialCase_ReplacesValenceAndDiscardsNegation() =>
        Assert.Equal(3, Vader.ValenceAt("This band is not the shit", 5), 12);

    [Fact]
    public void SpecialCase_LexiconWordRightAfterTheBomb_AlsoBecomesThree() =>
        Assert.Equal(3, Vader.ValenceAt("It was the bomb great", 4), 12); // "p2 p1" = "the bomb"

    [Fact]
    public void SpecialCase_ThreeWordPhrase_ScoresBothLexiconWords()
    {
        var valences = Vader.Valences("It is the kiss of death");

        Assert.Equal(-1.5, valences[3], 12);
        Assert.Equal(-1.5, valences[5], 12);
    }

    [Fact]
    public void SpecialCase_NeedsThreeWordsBefore_SoSentenceStartIsNotReplaced() =>
        Assert.Equal(Vader.Lex("kiss"), Vader.ValenceAt("kiss of death", 0), 12);

    [Fact]
    public void KindOf_KindCarriesNoValenceAndDampsTheNextWordWithoutSignFlip()
    {
        var valences = Vader.Valences("It was kind of bad");

        Assert.Equal(0, valences[2]);
        Assert.Equal(Vader.Lex("bad") + VaderConstants.BoosterDecrement, valences[4], 12);
    }

    [Fact]
    public void KindOf_AtSentenceStart_IsNotDamped() =>
        Assert.Equal(Vader.Lex("good"), Vader.ValenceAt("kind of good", 2), 12);

    [Fact]
    public void But_HalvesWordsBeforeAndBoostsWordsAfter()
    {
        var valences = Vader.Valences("good food but bad service");

        Assert.Equal(Vader.Lex("good") * 0.5, valences[0], 12);
        Assert.Equal(Vader.Lex("bad") * 1.5, valences[3], 12);
    }

    [Fact]
    public void But_EqualValues_ScaleTheFirstMatchLikeTheReferenceListIndex()
    {
        // gorgeous 3.0 is halved to 1.5; "like" (1.5) then finds the first 1.5 — gorgeous — and halves it again.
        var valences = Vader.Valences("The view was gorgeous, but I like the price.");

        Assert.Equal(Vader.Lex("gorgeous") * 0.25, valences[3], 12);
        Assert.Equal(Vader.Lex("like"), valences[6], 12);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void But_IndexedPathForLongSentences_MatchesTheListIndexScan(int seed)
    {
        // Few distinct values, so equal values (and values that become equal after scaling) are everywhere.
        var random = new Random(seed);
        double[] palette = [0, 0, 1.9, 0.95, 3.8, -2.5, -1.25, 2.85, 1.425, -0.0];
        var values = Enumerable.Range(0, 2000).Select(_ => palette[random.Next(palette.Length)]).ToArray();
        var scan = values.ToArray();
        var indexed = values.ToArray();

        VaderAnalyzer.ButCheckScan(scan, 700);
        VaderAnalyzer.ButCheckIndexed(indexed, 700);

        Assert.Equal(scan, indexed);
    }

    [Fact]
    public void Boosters_AreTheReference84Keys()
    {
        Assert.Equal(84, VaderConstants.Boosters.Count);
        Assert.Equal(60, VaderConstants.Boosters.Values.Count(v => v > 0));
        Assert.Equal(10, VaderConstants.SpecialCases.Count);
    }
}
