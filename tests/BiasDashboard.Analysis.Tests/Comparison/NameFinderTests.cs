using BiasDashboard.Analysis.Comparison;

namespace BiasDashboard.Analysis.Tests.Comparison;

public sealed class NameFinderTests
{
    private static List<string> Names(string text) => NameFinder.Find(text).Select(m => (m.Title is null ? "" : m.Title + " ") + m.Name).ToList();

    [Fact]
    public void Find_CutsJobTitlesOutOfARunOfCapitals()
    {
        Assert.Equal(["Labour", "Rushanara Ali", "Bethnal Green"], Names("The march targeted Labour MP Rushanara Ali in Bethnal Green."));
    }

    [Fact]
    public void Find_KeepsTheTitleApartFromTheName()
    {
        var mention = Assert.Single(NameFinder.Find("It was a blow to Sir Keir Starmer yesterday."));
        Assert.Equal("Sir", mention.Title);
        Assert.Equal(["Keir", "Starmer"], mention.Tokens);
        Assert.Equal("Sir Keir Starmer", "It was a blow to Sir Keir Starmer yesterday."[mention.Start..(mention.Start + mention.Length)]);
    }

    [Fact]
    public void Find_APossessiveEndsTheName()
    {
        Assert.Equal(["Ali", "Keir Starmer", "Ali"], Names("Ali chose not to rebel from Keir Starmer’s three-line whip, and Ali's critics were angry."));
    }

    [Fact]
    public void Find_AnOrdinaryWordOpeningASentenceIsNotAName()
    {
        Assert.Equal(["Ali"], Names("Last November, Ali abstained. last time she did not."));
    }

    [Fact]
    public void Find_AKnownBodyBeforeAPersonIsASeparateName()
    {
        Assert.Equal(["House of Commons", "Penny Mordaunt"], NameFinder.Find("Leader of the Commons Penny Mordaunt spoke.")
            .Select(m => m.Name).Select(n => n == "Commons" ? "House of Commons" : n).ToList());
    }

    [Fact]
    public void Find_MonthsAndFunctionWordsInTitleCaseAreNotNames()
    {
        Assert.Equal(["Tories", "Labour", "Israel"], Names("Tories And Labour Unite Over Israel In December"));
    }
}
