using System.Diagnostics;

namespace BiasDashboard.Cli.Tests;

/// <summary>The real executable, started as a user starts it: pipes, exit codes, UTF-8 on stdout.</summary>
public sealed class ProcessTests
{
    private static async Task<(int Code, string Stdout, string Stderr)> RunAsync(string stdin, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardInput = true, RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "bias.dll"));
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        await process.StandardInput.WriteAsync(stdin);
        process.StandardInput.Close();
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, await stdout, await stderr);
    }

    [Fact]
    public async Task Bias_SentimentFromPipe_WritesScoresAndExitsZero()
    {
        var (code, stdout, _) = await RunAsync("s1\tThe march was peaceful 😁\n", "sentiment", "-");

        Assert.Equal(0, code);
        Assert.StartsWith("s1\t", stdout, StringComparison.Ordinal);
        Assert.True(double.Parse(stdout.Trim().Split('\t')[4], System.Globalization.CultureInfo.InvariantCulture) > 0.5);
    }

    [Fact]
    public async Task Bias_UnknownCommand_ExitsTwoWithOneLine()
    {
        var (code, stdout, stderr) = await RunAsync("", "nope");

        Assert.Equal(2, code);
        Assert.Equal("", stdout);
        Assert.Single(stderr.Trim().Split('\n'));
    }
}
