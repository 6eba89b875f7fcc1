using System.Text;

namespace BiasDashboard.Cli.Tests.Commands;

public sealed class SentimentCommandTests
{
    [Fact]
    public async Task Sentiment_ReferenceFile_PrintsTheReferenceScoresInOrder()
    {
        var expected = File.ReadAllLines(Bias.Fixture("reference-public-expected.tsv")).Skip(1);

        var result = await Bias.RunAsync("sentiment", Bias.Fixture("reference-public.tsv"));

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(expected, result.Stdout.TrimEnd('\n').Split('\n'));
    }

    [Fact]
    public async Task Sentiment_Stdin_IsReadWithDash()
    {
        var result = await Bias.RunWithInputAsync("a\tgood\nb\tbad\n", "sentiment", "-");

        Assert.Equal("a\t0.000\t0.000\t1.000\t0.4404\nb\t1.000\t0.000\t0.000\t-0.5423\n", result.Stdout);
    }

    [Fact]
    public async Task Sentiment_SplitsAtTheFirstTabOnly_SoLaterTabsArePartOfTheText() =>
        Assert.Equal((await Bias.RunWithInputAsync("id\tgood day\n", "sentiment", "-")).Stdout,
            (await Bias.RunWithInputAsync("id\t  good\tday  \n", "sentiment", "-")).Stdout);

    [Fact]
    public async Task Sentiment_EmptyText_ScoresLikeTheReferenceEmptyString() =>
        Assert.Equal("e\t0.000\t0.000\t0.000\t0.0000\n", (await Bias.RunWithInputAsync("e\t\n", "sentiment", "-")).Stdout);

    [Fact]
    public async Task Sentiment_CrLfAndBom_AreNotPartOfIdOrText() =>
        Assert.Equal("a\t0.000\t0.000\t1.000\t0.4404\n", (await Bias.RunWithInputAsync("\uFEFFa\tgood\r\n", "sentiment", "-")).Stdout);

    [Fact]
    public async Task Sentiment_NegativeZeroCompound_PrintsWithoutSign()
    {
        var result = await Bias.RunWithInputAsync("z\t...\n", "sentiment", "-");

        Assert.Equal("z\t0.000\t1.000\t0.000\t0.0000\n", result.Stdout);
    }

    [Fact]
    public async Task Sentiment_LineWithoutTab_IsReportedAndSkipped_OthersStillScored()
    {
        var result = await Bias.RunWithInputAsync("a\tgood\nno tab here\nb\tbad\n", "sentiment", "-");

        Assert.Equal(1, result.ExitCode);
        Assert.Equal(2, result.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
        Assert.Equal("bias sentiment: line 2: no tab; expected 'id<TAB>text'; line skipped\n", result.Stderr.ReplaceLineEndings("\n"));
    }

    [Fact]
    public async Task Sentiment_MissingFile_IsAOneLineErrorAndExitCode2()
    {
        var result = await Bias.RunAsync("sentiment", "/no/such/file.tsv");

        Assert.Equal(2, result.ExitCode);
        Assert.Single(result.Stderr.Trim().Split('\n'));
        Assert.StartsWith("bias sentiment: cannot read '/no/such/file.tsv'", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Sentiment_Streams_OutputStartsLongBeforeInputEnds()
    {
        var input = new GeneratedLines(1_000_000, i => $"{i}\tThe vote was a shameful betrayal, but the march was peaceful.\n");
        var output = new FirstWriteProbe(() => input.LinesServed);

        var code = SentimentCommandRun(input, output);

        Assert.Equal(0, code);
        Assert.Equal(1_000_000, input.LinesServed);
        Assert.InRange(output.LinesServedAtFirstWrite, 1, 20_000);
    }

    private static int SentimentCommandRun(Stream input, Stream output) =>
        BiasDashboard.Cli.Commands.SentimentCommand.Run(input, output, TextWriter.Null, CancellationToken.None);

    /// <summary>A read-only stream that makes its lines on demand, so the test holds no input in memory.</summary>
    private sealed class GeneratedLines(int count, Func<int, string> line) : Stream
    {
        private byte[] _pending = [];
        private int _offset;
        public int LinesServed { get; private set; }
        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int length)
        {
            if (_offset == _pending.Length)
            {
                if (LinesServed == count)
                {
                    return 0;
                }

                _pending = Encoding.UTF8.GetBytes(line(LinesServed++));
                _offset = 0;
            }

            var n = Math.Min(length, _pending.Length - _offset);
            Array.Copy(_pending, _offset, buffer, offset, n);
            _offset += n;
            return n;
        }

        public override void Flush() { }
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }

    /// <summary>Discards output but records how much input had been read when the first bytes came out.</summary>
    private sealed class FirstWriteProbe(Func<int> linesServed) : Stream
    {
        public int LinesServedAtFirstWrite { get; private set; } = -1;
        public override bool CanRead => false;
        public override bool CanSeek => false;
        public override bool CanWrite => true;
        public override long Length => 0;
        public override long Position { get => 0; set { } }

        public override void Write(byte[] buffer, int offset, int count)
        {
            if (LinesServedAtFirstWrite < 0 && count > 0)
            {
                LinesServedAtFirstWrite = linesServed();
            }
        }

        public override void Flush() { }
        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) { }
    }
}
