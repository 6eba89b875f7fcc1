using BiasDashboard.Analysis.Sentiment;

namespace BiasDashboard.Cli.Output;

/// <summary>Writes <c>id TAB neg TAB neu TAB pos TAB compound</c> lines as UTF-8 bytes into a buffered stream.</summary>
internal sealed class ScoreLineWriter(Stream stream) : IDisposable
{
    private readonly BufferedStream _out = new(stream, 1 << 16);

    public void Write(ReadOnlySpan<byte> id, SentimentScores scores)
    {
        Span<byte> line = stackalloc byte[64];
        Span<byte> digits = stackalloc byte[24];
        var n = 0;
        foreach (var (value, places) in (ReadOnlySpan<(double, int)>)
                 [(scores.Negative, 3), (scores.Neutral, 3), (scores.Positive, 3), (scores.Compound, 4)])
        {
            line[n++] = (byte)'\t';
            var formatted = FixedDecimal.Format(value, places, digits);
            formatted.CopyTo(line[n..]);
            n += formatted.Length;
        }

        line[n++] = (byte)'\n';
        _out.Write(id);
        _out.Write(line[..n]);
    }

    public void Dispose() => _out.Flush();
}
