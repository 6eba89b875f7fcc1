using System.Text;
using BiasDashboard.Analysis.Sentiment;
using BiasDashboard.Cli.Input;
using BiasDashboard.Cli.Output;

namespace BiasDashboard.Cli.Commands;

/// <summary>
/// <c>bias sentiment FILE|-</c>: reads UTF-8 <c>id TAB text</c> lines and writes
/// <c>id TAB neg TAB neu TAB pos TAB compound</c> in input order, rounded as the reference rounds.
/// It streams: memory holds one buffer of input, not the file. Invalid UTF-8 is read as U+FFFD.
/// </summary>
internal static class SentimentCommand
{
    public const string Usage = "bias sentiment FILE|-          score 'id<TAB>text' lines (- reads stdin)";

    public static int Run(Stream input, Stream output, TextWriter error, CancellationToken ct)
    {
        var analyzer = VaderAnalyzer.Default;
        var reader = new Utf8LineReader(input);
        using var writer = new ScoreLineWriter(output);
        var text = new char[1024];
        var lineNumber = 0;
        var badLines = 0;
        while (reader.TryReadLine(out var line))
        {
            lineNumber++;
            var tab = line.IndexOf((byte)'\t');
            if (tab < 0)
            {
                badLines++;
                error.WriteLine($"bias sentiment: line {lineNumber}: no tab; expected 'id<TAB>text'; line skipped");
                continue;
            }

            if ((lineNumber & 0xFFF) == 0)
            {
                ct.ThrowIfCancellationRequested();
            }

            // The text runs from the first tab to the end of the line, untrimmed.
            var bytes = line[(tab + 1)..];
            if (text.Length < bytes.Length)
            {
                text = new char[bytes.Length * 2];
            }

            var length = Encoding.UTF8.GetChars(bytes, text);
            writer.Write(line[..tab], analyzer.PolarityScores(text.AsSpan(0, length)));
        }

        return badLines == 0 ? ExitCodes.Ok : ExitCodes.SomeInputFailed;
    }
}
