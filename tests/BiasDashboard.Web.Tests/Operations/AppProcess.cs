using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace BiasDashboard.Web.Tests.Operations;

/// <summary>
/// The built app (src/BiasDashboard.Web/bin/&lt;configuration&gt;/net10.0) run as its own process on a free loopback
/// port, as an operator runs one instance: `dotnet BiasDashboard.Web.dll --urls …` with settings in the environment.
/// </summary>
public sealed class AppProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _output = new();

    private AppProcess(Process process, string url)
    {
        _process = process;
        Url = url;
    }

    public string Url { get; }

    public int ProcessId => _process.Id;

    public string Output
    {
        get
        {
            lock (_output)
            {
                return _output.ToString();
            }
        }
    }

    public static string AppFolder()
    {
        var configuration = AppContext.BaseDirectory.Contains($"{Path.DirectorySeparatorChar}Release{Path.DirectorySeparatorChar}", StringComparison.Ordinal) ? "Release" : "Debug";
        var root = Path.GetDirectoryName(BiasDashboard.Web.RepoPaths.WebRoot())!;
        return Path.Combine(root, "src", "BiasDashboard.Web", "bin", configuration, "net10.0");
    }

    /// <summary>Runs the app's command line once (e.g. `user add`) and returns its exit code.</summary>
    public static async Task<int> RunOnceAsync(IDictionary<string, string> environment, params string[] args)
    {
        using var process = Process.Start(StartInfo(environment, args))!;
        await process.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(120));
        return process.ExitCode;
    }

    public static async Task<AppProcess> StartAsync(IDictionary<string, string> environment)
    {
        var url = $"http://127.0.0.1:{FreePort()}";
        var process = Process.Start(StartInfo(environment, "--urls", url))!;
        var app = new AppProcess(process, url);
        process.OutputDataReceived += (_, e) => app.Append(e.Data);
        process.ErrorDataReceived += (_, e) => app.Append(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        var deadline = DateTime.UtcNow.AddSeconds(120);
        while (DateTime.UtcNow < deadline && !process.HasExited)
        {
            try
            {
                if ((await http.GetAsync(url + "/healthz")).StatusCode == HttpStatusCode.OK)
                {
                    return app;
                }
            }
            catch (HttpRequestException)
            {
                // not listening yet
            }
            catch (TaskCanceledException)
            {
                // still starting
            }

            await Task.Delay(200);
        }

        await app.DisposeAsync();
        throw new InvalidOperationException($"the app at {url} did not become ready:\n{app.Output}");
    }

    /// <summary>Ends the process at once, as a crash or `kill -9` would (no graceful stop).</summary>
    public void Kill() => _process.Kill(entireProcessTree: true);

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
    }

    private static ProcessStartInfo StartInfo(IDictionary<string, string> environment, params string[] args)
    {
        var folder = AppFolder();
        var info = new ProcessStartInfo("dotnet") { WorkingDirectory = folder, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        info.ArgumentList.Add(Path.Combine(folder, "BiasDashboard.Web.dll"));
        foreach (var arg in args)
        {
            info.ArgumentList.Add(arg);
        }

        foreach (var (key, value) in environment)
        {
            info.Environment[key] = value;
        }

        return info;
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private void Append(string? line)
    {
        if (line is not null)
        {
            lock (_output)
            {
                _output.AppendLine(line);
            }
        }
    }
}
