using System.Globalization;

namespace BiasDashboard.Web.Tests.Infrastructure;

/// <summary>
/// A PostgreSQL cluster of the test run's own: initdb into a temporary folder, pg_ctl start on a free loopback port,
/// trust authentication for the user <c>postgres</c>; stopped and deleted when the test process exits (and by a
/// watchdog if the process is killed). Started on first use, only when no <c>TEST_PG</c> names a server.
/// </summary>
public sealed class ThrowawayPostgres
{
    private readonly string _bin;
    private readonly string _data;

    private ThrowawayPostgres(string bin, string data, int port)
    {
        _bin = bin;
        _data = data;
        ConnectionString = $"Host=127.0.0.1;Port={port};Username=postgres;Database=postgres";
    }

    /// <summary>An admin connection string (the <c>postgres</c> database, a user that may create databases).</summary>
    public string ConnectionString { get; }

    /// <summary>The folder with initdb and pg_ctl (the newest /usr/lib/postgresql/*/bin, else PATH), or null.</summary>
    public static string? BinFolder { get; } = FindBinFolder();

    /// <summary>Starts a cluster; throws with the server's log when it does not come up.</summary>
    public static ThrowawayPostgres Start()
    {
        var bin = BinFolder ?? throw new InvalidOperationException("initdb/pg_ctl not found");
        var data = Directory.CreateTempSubdirectory("biasdash-pg-").FullName;
        var port = LocalProcess.FreePort();
        // initdb refuses to run as root: so as root the cluster belongs to the postgres user.
        var asUser = Environment.UserName == "root" ? "postgres" : null;
        if (asUser is not null)
        {
            LocalProcess.Run("chown", [asUser, data]);
        }

        var cluster = new ThrowawayPostgres(bin, data, port);
        LocalProcess.WatchAndCleanUp($"{Quote(Path.Combine(bin, "pg_ctl"))} -D {Quote(data)} -m immediate -w stop", asUser, data);
        LocalProcess.Run(Path.Combine(bin, "initdb"), ["-D", data, "-U", "postgres", "--auth=trust", "-E", "UTF8", "--locale=C.UTF-8", "--no-sync"], asUser);
        var options = string.Create(CultureInfo.InvariantCulture,
            $"-p {port} -k {data} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=300");
        LocalProcess.Run(Path.Combine(bin, "pg_ctl"), ["-D", data, "-l", Path.Combine(data, "server.log"), "-w", "-t", "120", "-o", options, "start"], asUser,
            onFailure: () => File.Exists(Path.Combine(data, "server.log")) ? File.ReadAllText(Path.Combine(data, "server.log")) : "");
        AppDomain.CurrentDomain.ProcessExit += (_, _) => cluster.Stop(asUser);
        return cluster;
    }

    private void Stop(string? asUser)
    {
        Npgsql.NpgsqlConnection.ClearAllPools();
        LocalProcess.TryRun(Path.Combine(_bin, "pg_ctl"), ["-D", _data, "-m", "immediate", "-w", "stop"], asUser);
        LocalProcess.TryDelete(_data);
    }

    private static string? FindBinFolder()
    {
        var versions = Directory.Exists("/usr/lib/postgresql")
            ? Directory.GetDirectories("/usr/lib/postgresql").Select(d => Path.Combine(d, "bin"))
                .OrderByDescending(d => int.TryParse(Path.GetFileName(Path.GetDirectoryName(d)), out var v) ? v : 0)
            : Enumerable.Empty<string>();
        return versions.Concat(LocalProcess.PathFolders())
            .FirstOrDefault(d => File.Exists(Path.Combine(d, "initdb")) && File.Exists(Path.Combine(d, "pg_ctl")));
    }

    private static string Quote(string s) => "'" + s.Replace("'", "'\\''", StringComparison.Ordinal) + "'";
}
