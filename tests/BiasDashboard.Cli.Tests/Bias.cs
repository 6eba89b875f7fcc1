using System.Text;

namespace BiasDashboard.Cli.Tests;

/// <summary>Runs <c>bias</c> in-process with string input and captured output.</summary>
internal static class Bias
{
    public sealed record Result(int ExitCode, string Stdout, string Stderr);

    public static async Task<Result> RunWithInputAsync(string stdin, params string[] args)
    {
        using var input = new MemoryStream(Encoding.UTF8.GetBytes(stdin));
        using var output = new MemoryStream();
        var error = new StringWriter();
        var code = await CliApp.RunAsync(args, input, output, error, CancellationToken.None);
        return new Result(code, Encoding.UTF8.GetString(output.ToArray()), error.ToString());
    }

    public static Task<Result> RunAsync(params string[] args) => RunWithInputAsync("", args);

    public static string Seeds => Path.Combine(AppContext.BaseDirectory, "seeds");

    public static string Fixture(string name) => Path.Combine(AppContext.BaseDirectory, "Fixtures", "vader", name);
}
