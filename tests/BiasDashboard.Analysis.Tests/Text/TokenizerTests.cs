using BiasDashboard.Analysis.Text;

namespace BiasDashboard.Analysis.Tests.Text;

public sealed class TokenizerTests
{
    private static string[] Texts(string text) => Tokenizer.Tokenize(text).Select(t => t.In(text).ToString()).ToArray();

    [Fact]
    public void Tokenize_KeepsApostrophesAndHyphensInsideWords() =>
        Assert.Equal(["Labour", "MP’s", "pro-Palestine", "march", "isn't", "over"], Texts("Labour MP’s pro-Palestine march isn't over"));

    [Fact]
    public void Tokenize_KeepsNumbersWhole() =>
        Assert.Equal(["293-125", ",", "39.9", "%", "1,000"], Texts("293-125, 39.9% 1,000"));

    [Fact]
    public void Tokenize_PunctuationIsOneTokenPerCharacter()
    {
        var tokens = Tokenizer.Tokenize("“Yes!”");

        Assert.Equal([TokenKind.Punctuation, TokenKind.Word, TokenKind.Punctuation, TokenKind.Punctuation], tokens.Select(t => t.Kind));
    }

    [Fact]
    public void Tokenize_Range_OnlyCoversThatRangeWithBodyOffsets()
    {
        const string text = "skip this. Count these words.";

        var tokens = Tokenizer.Tokenize(text, new TextRange(11, 18));

        Assert.Equal(11, tokens[0].Start);
        Assert.Equal(3, Tokenizer.CountWords(text, new TextRange(11, 18)));
    }
}
