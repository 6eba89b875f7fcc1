using System.Text;

namespace BiasDashboard.Analysis.Ingest;

/// <summary>
/// Turns uploaded bytes into text, refusing what cannot be an article with a message a user can act on:
/// empty files, binary files (NUL bytes or mostly control characters) and text that is not UTF-8.
/// UTF-8 and UTF-16 with a byte-order mark are read; the mark is dropped.
/// </summary>
public static class ArticleDecoder
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>Decodes <paramref name="bytes"/>.</summary>
    /// <exception cref="ArticleFormatException">The bytes are empty, binary or not valid UTF-8.</exception>
    public static string Decode(ReadOnlySpan<byte> bytes)
    {
        if (bytes.IsEmpty)
        {
            throw new ArticleFormatException("the file is empty");
        }

        string text;
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) || bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            var encoding = bytes[0] == 0xFF ? Encoding.Unicode : Encoding.BigEndianUnicode;
            text = encoding.GetString(bytes[2..]);
        }
        else
        {
            if (bytes.IndexOf((byte)0) >= 0)
            {
                throw new ArticleFormatException("the file looks binary (it contains NUL bytes), not like text");
            }

            var body = bytes.StartsWith(Encoding.UTF8.Preamble) ? bytes[3..] : bytes;
            try
            {
                text = StrictUtf8.GetString(body);
            }
            catch (DecoderFallbackException e)
            {
                throw new ArticleFormatException(
                    $"the file is not valid UTF-8 (bad byte at offset {e.Index}); save it as UTF-8 and try again", e);
            }
        }

        if (LooksBinary(text))
        {
            throw new ArticleFormatException("the file looks binary (mostly control characters), not like text");
        }

        return text;
    }

    private static bool LooksBinary(string text)
    {
        var control = 0;
        foreach (var c in text)
        {
            control += char.IsControl(c) && c is not ('\n' or '\r' or '\t' or '\f') ? 1 : 0;
        }

        return control > text.Length / 20 + 1;
    }
}
