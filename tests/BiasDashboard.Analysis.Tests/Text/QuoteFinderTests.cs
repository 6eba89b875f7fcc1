using BiasDashboard.Analysis.Text;

namespace BiasDashboard.Analysis.Tests.Text;

public sealed class QuoteFinderTests
{
    private static string[] Contents(string text) =>
        QuoteFinder.Find(text).Select(q => q.Content.In(text).ToString()).ToArray();

    [Fact]
    public void Find_CurlyDoubleQuotes() =>
        Assert.Equal(["Israel is a terror state", "free, free Palestine"],
            Contents("chanting “Israel is a terror state” and “free, free Palestine”."));

    [Fact]
    public void Find_StraightDoubleQuotes() => Assert.Equal(["we won"], Contents("He said \"we won\" loudly."));

    [Fact]
    public void Find_UkSingleQuotes_IgnoringApostrophesInside() =>
        Assert.Equal(["it’s my democratic right to ask you a question"],
            Contents("shouting ‘it’s my democratic right to ask you a question’."));

    [Fact]
    public void Find_StraightSingleQuotes_IgnoringContractions() =>
        Assert.Equal(["correct position"], Contents("Starmer says ceasefire in Gaza isn't 'correct position'"));

    [Fact]
    public void Find_ApostrophesAlone_AreNotQuotes() => Assert.Empty(QuoteFinder.Find("The MP’s office isn’t Labour’s."));

    [Fact]
    public void Find_NestedSingleInsideDouble_FindsBoth() =>
        Assert.Equal(["She said ‘no’ to me", "no"], Contents("“She said ‘no’ to me” he said."));

    [Fact]
    public void Find_UnclosedQuote_RunsToParagraphEnd_AndTheNextParagraphReopens()
    {
        const string text = "“First part of the speech.\n\n“Second part.” Then he sat down.";

        var quotes = QuoteFinder.Find(text);

        Assert.Equal(2, quotes.Count);
        Assert.True(quotes[0].RunsToParagraphEnd);
        Assert.Equal("First part of the speech.", quotes[0].Content.In(text).ToString());
        Assert.False(quotes[1].RunsToParagraphEnd);
    }

    [Fact]
    public void Find_RangeIncludesMarksAndContentExcludesThem()
    {
        const string text = "a “b” c";

        var quote = Assert.Single(QuoteFinder.Find(text));

        Assert.Equal("“b”", quote.Range.In(text).ToString());
        Assert.Equal("b", quote.Content.In(text).ToString());
    }
}
