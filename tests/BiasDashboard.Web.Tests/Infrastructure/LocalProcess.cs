using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace BiasDashboard.Web.Tests.Infrastructure;

/// <summary>Starting the local servers the tests bring up themselves (PostgreSQL, Redis), and cleaning up after them.</summary>
internal static class LocalProcess
{
    /// <summary>Runs a command to its end; throws with its output (and <paramref name="onFailure"/>'s text) when it fails.</summary>
    public static void Run(string file, IEnumerable<string> args, string? asUser = null, Func<string>? onFailure = null)
    {
        using var process = Process.Start(Info(file, args, asUser))!;
        process.StandardInput.Close();
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(2)))
        {
            process.Kill(entireProcessTree: true);
        }

        if (!process.HasExited || process.ExitCode != 0)
        {
            throw new InvalidOperationException(
                $"`{file} {string.Join(' ', args)}` failed:\n{stdout.Result}\n{stderr.Result}\n{onFailure?.Invoke()}");
        }
    }

    /// <summary>Runs a command and ignores how it ends (for clean-up).</summary>
    public static void TryRun(string file, IEnumerable<string> args, string? asUser = null)
    {
        try
        {
            using var process = Process.Start(Info(file, args, asUser))!;
            process.StandardInput.Close();
            _ = process.StandardOutput.ReadToEndAsync();
            _ = process.StandardError.ReadToEndAsync();
            process.WaitForExit(TimeSpan.FromSeconds(30));
        }
        catch (System.ComponentModel.Win32Exception)
        {
            // nothing to clean up with
        }
    }

    /// <summary>Starts a long-running server whose output goes to its own log file.</summary>
    public static Process StartServer(string file, IEnumerable<string> args) => Process.Start(Info(file, args, asUser: null))!;

    /// <summary>
    /// A watchdog shell that waits for this test process to end, however it ends (even killed), then runs
    /// <paramref name="stopCommand"/> and deletes <paramref name="folder"/>, so no server outlives the run.
    /// </summary>
    public static void WatchAndCleanUp(string stopCommand, string? asUser, string folder)
    {
        var stop = asUser is null ? stopCommand : $"runuser -u {asUser} -- {stopCommand}";
        var script = $"while kill -0 {Environment.ProcessId} 2>/dev/null; do sleep 2; done; {stop} >/dev/null 2>&1; rm -rf '{folder}'";
        using var watchdog = Process.Start(Info("sh", ["-c", script], asUser: null))!;
    }

    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public static IEnumerable<string> PathFolders() =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries);

    public static void TryDelete(string folder)
    {
        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (IOException)
        {
            // the watchdog deletes it too
        }
        catch (UnauthorizedAccessException)
        {
            // the watchdog deletes it too
        }
    }

    // Every stream redirected: a server or watchdog must never hold the test host's own output open after it exits.
    private static ProcessStartInfo Info(string file, IEnumerable<string> args, string? asUser)
    {
        var info = new ProcessStartInfo(asUser is null ? file : "runuser")
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        if (asUser is not null)
        {
            foreach (var prefix in new[] { "-u", asUser, "--", file })
            {
                info.ArgumentList.Add(prefix);
            }
        }

        foreach (var arg in args)
        {
            info.ArgumentList.Add(arg);
        }

        return info;
    }
}
