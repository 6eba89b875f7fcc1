using System.Text;

namespace BiasDashboard.Web.Accounts;

/// <summary>
/// <c>dotnet run --project src/BiasDashboard.Web -- user add --email ADDRESS [--teacher]</c>: adds an account to the
/// app's own database (same storage settings as the server), without starting the server. The password comes from
/// <c>TEACHER_PASSWORD</c> for scripts, or is asked for twice without echo. Exit codes: 0 added, 1 refused, 2 bad arguments.
/// </summary>
public static class UserCommand
{
    public const string Usage = "usage: user add --email ADDRESS [--teacher]   (password from TEACHER_PASSWORD, or asked for)";

    public static bool Handles(string[] args) => args is ["user", ..];

    public static async Task<int> RunAsync(IServiceProvider services, string[] args, TextReader input, TextWriter output, TextWriter error)
    {
        if (args is not ["user", "add", .. var rest] || Option(rest, "--email") is not { } email ||
            rest.Any(a => a.StartsWith("--", StringComparison.Ordinal) && a is not "--email" and not "--teacher"))
        {
            await error.WriteLineAsync(Usage);
            return 2;
        }

        var password = Environment.GetEnvironmentVariable("TEACHER_PASSWORD");
        if (string.IsNullOrEmpty(password))
        {
            password = await AskAsync("Password: ", input, output);
            if (password != await AskAsync("Password again: ", input, output))
            {
                await error.WriteLineAsync("user add: the two passwords differ; nothing was added");
                return 1;
            }
        }

        await using var scope = services.CreateAsyncScope();
        var (user, errors) = await scope.ServiceProvider.GetRequiredService<TeacherAccounts>()
            .AddAsync(email, password, rest.Contains("--teacher"));
        if (user is null)
        {
            await error.WriteLineAsync($"user add: {string.Join(" ", errors)}");
            return 1;
        }

        await output.WriteLineAsync($"added {user.Email}{(rest.Contains("--teacher") ? " as a teacher" : "")}");
        return 0;
    }

    private static string? Option(string[] args, string name) =>
        Array.IndexOf(args, name) is var i and >= 0 && i + 1 < args.Length && !args[i + 1].StartsWith("--", StringComparison.Ordinal)
            ? args[i + 1]
            : null;

    // Reads a line without echoing it when a terminal is attached; from redirected input, a plain line.
    private static async Task<string> AskAsync(string prompt, TextReader input, TextWriter output)
    {
        await output.WriteAsync(prompt);
        if (!ReferenceEquals(input, Console.In) || Console.IsInputRedirected)
        {
            return await input.ReadLineAsync() ?? "";
        }

        var text = new StringBuilder();
        for (var key = Console.ReadKey(intercept: true); key.Key != ConsoleKey.Enter; key = Console.ReadKey(intercept: true))
        {
            if (key.Key == ConsoleKey.Backspace && text.Length > 0)
            {
                text.Length--;
            }
            else if (!char.IsControl(key.KeyChar))
            {
                text.Append(key.KeyChar);
            }
        }

        await output.WriteLineAsync();
        return text.ToString();
    }
}
