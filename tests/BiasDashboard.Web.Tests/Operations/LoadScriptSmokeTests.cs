using System.Diagnostics;
using System.Text;

namespace BiasDashboard.Web.Tests.Operations;

/// <summary>
/// The load script (tests/BiasDashboard.LoadTests/load.mjs, the measurement behind docs/hosting.md#load) run in miniature
/// against the built app on SQLite, so a change to the app's API, hub or event shape that would break the full run shows
/// up here instead of on the day someone measures. The full run is `tests/BiasDashboard.LoadTests/run-load.sh`.
/// </summary>
// Starts its own servers whatever TEST_DB_PROVIDER says: CI runs it in the first pass only (.ci/run).
[Trait("Pass", "Once")]
public sealed class LoadScriptSmokeTests
{
    // No skip: the build cannot succeed without node and `npm ci` (the web project's build runs it), so both are here.
    [Fact]
    public async Task LoadScript_InMiniature_FillsWideEventsAndEveryClientGetsEveryPush()
    {
        var data = Directory.CreateTempSubdirectory("bd-load-smoke-");
        try
        {
            await using var app = await AppProcess.StartAsync(new Dictionary<string, string>
            {
                ["Storage__DataDirectory"] = data.FullName,
                ["Seeds__ImportOnEmptyDatabase"] = "false",
                ["ASPNETCORE_ENVIRONMENT"] = "Production",
            });
            var (exit, output) = await RunScriptAsync(new Dictionary<string, string>
            {
                ["BASE_URLS"] = app.Url,
                ["SERVER_PIDS"] = app.ProcessId.ToString(System.Globalization.CultureInfo.InvariantCulture),
                ["ARTICLES"] = "40",
                ["OUTLETS"] = "12",
                ["MIN_OUTLETS"] = "3",
                ["MAX_OUTLETS"] = "6",
                ["WIDE_EVENTS"] = "1",
                ["WIDE_ARTICLES"] = "20",
                ["WIDE_SPREAD"] = "5",
                ["CLIENTS"] = "6",
                ["WATCHED_EVENTS"] = "3",
                ["UPLOADS"] = "6",
                ["UPLOADS_PER_SECOND"] = "6",
                ["FILLERS"] = "2",
                ["SETTLE_SECONDS"] = "2",
                ["QUIET_SECONDS"] = "1",
            });

            Assert.True(exit == 0, output);
            Assert.Contains("filled 40 articles", output, StringComparison.Ordinal);
            Assert.Matches(@"1 wide events of 2[0-5] articles", output);
            Assert.Contains("pushes received: 12 of 12 expected (0 dropped); clients that missed any: 0 of 6", output, StringComparison.Ordinal);
            Assert.Matches(@"quiet GET /api/events/\{id\}/comparison \(wide event\)\s+n=\s*[1-9]", output);
            Assert.Matches(@"instance A: RSS [1-9]\d* MB", output);
        }
        finally
        {
            data.Delete(recursive: true);
        }
    }

    private static async Task<(int Exit, string Output)> RunScriptAsync(Dictionary<string, string> environment)
    {
        var root = Path.GetDirectoryName(Web.RepoPaths.WebRoot())!;
        var start = new ProcessStartInfo("node") { WorkingDirectory = root, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(Path.Combine(root, "tests", "BiasDashboard.LoadTests", "load.mjs"));
        foreach (var (key, value) in environment)
        {
            start.Environment[key] = value;
        }

        using var node = Process.Start(start)!;
        var output = new StringBuilder();
        var stdout = node.StandardOutput.ReadToEndAsync();
        var stderr = node.StandardError.ReadToEndAsync();
        await node.WaitForExitAsync().WaitAsync(TimeSpan.FromMinutes(5));
        output.Append(await stdout).Append(await stderr);
        return (node.ExitCode, output.ToString());
    }
}
