using BiasDashboard.Analysis.Sentiment;

namespace BiasDashboard.Analysis.Tests.Sentiment;

public sealed class LexiconTests
{
    [Fact]
    public void EmbeddedLexicon_IsTheNpmFile_With7503DistinctTokens() => Assert.Equal(7503, Vader.Lexicon.Count);

    [Fact]
    public void EmbeddedLexicon_HasTheNpmValues_NotThePythonRepositoryOnes()
    {
        Assert.Equal(-0.6, Vader.Lex("badass"));
        Assert.False(Vader.Lexicon.TryGetValence("heart", out _));
    }

    [Fact]
    public void Parse_LaterDuplicate_Overrides()
    {
        var lexicon = VaderLexicon.Parse("good\t1.0\t0.5\t[1]\ngood\t2.0\t0.5\t[2]\n\n");

        Assert.True(lexicon.TryGetValence("good", out var valence));
        Assert.Equal(2.0, valence);
    }

    [Fact]
    public void Parse_LineWithoutMean_IsAFormatErrorNamingTheLine()
    {
        var error = Assert.Throws<FormatException>(() => VaderLexicon.Parse("good\t1.0\nbroken\n"));

        Assert.Contains("line 2", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void EmbeddedEmoji_UseCldrShortNames()
    {
        var emoji = EmojiLexicon.LoadEmbedded();

        Assert.True(emoji.TryGetDescription(char.ConvertToUtf32("😁", 0), out var description));
        Assert.Equal("beaming face with smiling eyes", description);
        Assert.True(emoji.TryGetDescription(0x1F3FD, out var tone));
        Assert.Equal("medium skin tone", tone);
        Assert.True(emoji.Count > 1000);
    }

    [Fact]
    public void Emoji_IsReplacedByItsDescription_WithASpaceBeforeAndNoneAfter()
    {
        var analyzer = new VaderAnalyzer(Vader.Lexicon, EmojiLexicon.FromPairs([KeyValuePair.Create(0x1F601, "happy face")]));

        var words = analyzer.Explain("great😁job").Words;

        Assert.Equal(["great", "happy", "facejob"], words.Select(w => w.Word));
        Assert.Equal(Vader.Lex("happy"), words[1].Valence, 12);
        Assert.Equal((5, 2), (words[1].Start, words[1].Length)); // the emoji's own position in the input
    }

    [Fact]
    public void EmojiLexicon_RefusesCodePointsBelowThePrefilter() =>
        Assert.Throws<ArgumentException>(() => EmojiLexicon.FromPairs([KeyValuePair.Create((int)'a', "letter")]).Count);
}
