using System.Text;
using BiasDashboard.Analysis.Ingest;

namespace BiasDashboard.Analysis.Tests.Ingest;

public sealed class ArticleDecoderTests
{
    [Fact]
    public void Decode_Utf8WithBom_DropsTheMark() =>
        Assert.Equal("Gaza “ceasefire”", ArticleDecoder.Decode([.. Encoding.UTF8.Preamble, .. Encoding.UTF8.GetBytes("Gaza “ceasefire”")]));

    [Fact]
    public void Decode_Utf16WithBom_IsRead() =>
        Assert.Equal("Gaza vote", ArticleDecoder.Decode([.. Encoding.Unicode.Preamble, .. Encoding.Unicode.GetBytes("Gaza vote")]));

    [Fact]
    public void Decode_Empty_IsRefused() =>
        Assert.Contains("empty", Assert.Throws<ArticleFormatException>(() => ArticleDecoder.Decode([])).Message, StringComparison.Ordinal);

    [Fact]
    public void Decode_BinaryWithNulBytes_IsRefused() =>
        Assert.Contains("binary", Assert.Throws<ArticleFormatException>(() => ArticleDecoder.Decode([0x89, 0x50, 0x4E, 0x47, 0, 0, 1])).Message, StringComparison.Ordinal);

    [Fact]
    public void Decode_Latin1Text_IsRefusedAsNotUtf8WithTheOffset()
    {
        var bytes = Encoding.Latin1.GetBytes("Caf\u00e9 owner said");

        var error = Assert.Throws<ArticleFormatException>(() => ArticleDecoder.Decode(bytes));

        Assert.Contains("not valid UTF-8 (bad byte at offset 3)", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Decode_MostlyControlCharacters_IsRefused() =>
        Assert.Throws<ArticleFormatException>(() => ArticleDecoder.Decode([1, 2, 3, 4, 5, 6, 7, 8, 65]));
}
