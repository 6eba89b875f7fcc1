using BiasDashboard.Cli.Commands;

namespace BiasDashboard.Cli;

/// <summary>Argument dispatch for <c>bias</c>; every failure is one line on stderr and a non-zero exit code.</summary>
internal static class CliApp
{
    private const string Help = $"""
        usage:
          {SentimentCommand.Usage}
          {AnalyzeCommand.Usage}
          {CompareCommand.Usage}
        """;

    public static async Task<int> RunAsync(string[] args, Stream stdin, Stream stdout, TextWriter error, CancellationToken ct)
    {
        switch (args)
        {
            case []:
                return await UsageErrorAsync(error, "missing command: sentiment, analyze or compare; try 'bias --help'");
            case ["-h" or "--help" or "help", ..]:
                await using (var help = new StreamWriter(stdout, leaveOpen: true))
                {
                    await help.WriteLineAsync(Help);
                }

                return ExitCodes.Ok;
            case ["sentiment", var path]:
                return await RunSentimentAsync(path, stdin, stdout, error, ct);
            case ["sentiment", ..]:
                return await UsageErrorAsync(error, "sentiment takes exactly one argument, FILE or -");
            case ["analyze", .. var rest]:
                return AnalyzeOptions.TryParse(rest, out var options, out var problem)
                    ? await AnalyzeCommand.RunAsync(options, stdout, error, ct)
                    : await UsageErrorAsync(error, problem);
            case ["compare", .. var paths]:
                return CompareOptions.TryParse(paths, out var compare, out var wrong)
                    ? await CompareCommand.RunAsync(compare, stdout, error, ct)
                    : await UsageErrorAsync(error, wrong);
            default:
                return await UsageErrorAsync(error, $"unknown command '{args[0]}'; try 'bias --help'");
        }
    }

    private static async Task<int> RunSentimentAsync(string path, Stream stdin, Stream stdout, TextWriter error, CancellationToken ct)
    {
        if (path == "-")
        {
            return SentimentCommand.Run(stdin, stdout, error, ct);
        }

        FileStream file;
        try
        {
            file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            await error.WriteLineAsync($"bias sentiment: cannot read '{path}': {e.Message}");
            return ExitCodes.Usage;
        }

        await using (file)
        {
            return SentimentCommand.Run(file, stdout, error, ct);
        }
    }

    private static async Task<int> UsageErrorAsync(TextWriter error, string message)
    {
        await error.WriteLineAsync($"bias: {message}");
        return ExitCodes.Usage;
    }
}
