using System.Diagnostics;
using System.Globalization;
using System.Net.Sockets;
using System.Text;

namespace BiasDashboard.Web.Tests.Infrastructure;

/// <summary>
/// A redis-server of the test run's own on a free loopback port, with no persistence; killed when the test process
/// exits (and by a watchdog if the process is killed). Started on first use, only when no <c>TEST_REDIS</c> names one.
/// </summary>
public sealed class ThrowawayRedis
{
    private ThrowawayRedis(int port) => Endpoint = string.Create(CultureInfo.InvariantCulture, $"127.0.0.1:{port}");

    /// <summary>host:port, as <c>ConnectionStrings:Redis</c> takes it.</summary>
    public string Endpoint { get; }

    /// <summary>The redis-server executable on PATH, or null.</summary>
    public static string? Executable { get; } =
        LocalProcess.PathFolders().Select(d => Path.Combine(d, "redis-server")).FirstOrDefault(File.Exists);

    /// <summary>Starts the server and waits until it answers PING; throws with its log when it does not.</summary>
    public static ThrowawayRedis Start()
    {
        var folder = Directory.CreateTempSubdirectory("biasdash-redis-").FullName;
        var port = LocalProcess.FreePort();
        var log = Path.Combine(folder, "redis.log");
        var server = LocalProcess.StartServer(Executable ?? throw new InvalidOperationException("redis-server not found"),
            ["--port", port.ToString(CultureInfo.InvariantCulture), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no",
             "--dir", folder, "--logfile", log]);
        server.OutputDataReceived += (_, _) => { };
        server.ErrorDataReceived += (_, _) => { };
        server.BeginOutputReadLine();
        server.BeginErrorReadLine();
        // redis writes its log file anew for each line, so the folder goes only once it has exited.
        LocalProcess.WatchAndCleanUp($"kill {server.Id}; while kill -0 {server.Id}; do sleep 0.1; done", asUser: null, folder);
        AppDomain.CurrentDomain.ProcessExit += (_, _) => Stop(server, folder);

        var redis = new ThrowawayRedis(port);
        var ready = Stopwatch.StartNew();
        while (!Pong(port))
        {
            if (server.HasExited || ready.Elapsed > TimeSpan.FromMinutes(1))
            {
                throw new InvalidOperationException($"redis-server did not start on port {port}:\n{(File.Exists(log) ? File.ReadAllText(log) : "")}");
            }

            Thread.Sleep(50);
        }

        return redis;
    }

    private static bool Pong(int port)
    {
        try
        {
            using var client = new TcpClient("127.0.0.1", port);
            using var stream = client.GetStream();
            stream.Write("PING\r\n"u8);
            var buffer = new byte[16];
            var read = stream.Read(buffer);
            return Encoding.ASCII.GetString(buffer, 0, read).StartsWith("+PONG", StringComparison.Ordinal);
        }
        catch (SocketException)
        {
            return false;
        }
        catch (IOException)
        {
            return false;
        }
    }

    private static void Stop(Process server, string folder)
    {
        if (!server.HasExited)
        {
            server.Kill();
            server.WaitForExit(TimeSpan.FromSeconds(10));
        }

        LocalProcess.TryDelete(folder);
    }
}
