namespace BiasDashboard.Cli.Tests;

public sealed class CliAppTests
{
    [Theory]
    [InlineData(new string[0], "bias: missing command")]
    [InlineData(new[] { "frobnicate" }, "bias: unknown command 'frobnicate'")]
    [InlineData(new[] { "sentiment" }, "bias: sentiment takes exactly one argument")]
    [InlineData(new[] { "sentiment", "a", "b" }, "bias: sentiment takes exactly one argument")]
    [InlineData(new[] { "analyze" }, "bias: analyze needs at least one file or folder")]
    [InlineData(new[] { "analyze", "x", "--format", "xml" }, "bias: unknown format 'xml'")]
    [InlineData(new[] { "analyze", "x", "--format" }, "bias: --format needs a value")]
    [InlineData(new[] { "analyze", "x", "--verbose" }, "bias: unknown option '--verbose'")]
    public async Task BadArguments_GiveAnErrorOnStderrAndExitCode2(string[] args, string message)
    {
        var result = await Bias.RunAsync(args);

        Assert.Equal(2, result.ExitCode);
        Assert.StartsWith(message, result.Stderr, StringComparison.Ordinal);
        Assert.Single(result.Stderr.Trim().Split('\n'));
        Assert.Equal("", result.Stdout);
    }

    [Fact]
    public async Task Help_PrintsUsageOnStdout()
    {
        var result = await Bias.RunAsync("--help");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("bias sentiment FILE|-", result.Stdout, StringComparison.Ordinal);
        Assert.Contains("bias analyze PATH...", result.Stdout, StringComparison.Ordinal);
    }
}
