using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;

namespace BiasDashboard.BrowserTests;

/// <summary>The app on a real Kestrel port (a browser cannot reach the in-memory test server) and its own SQLite file.</summary>
public sealed class KestrelApp : WebApplicationFactory<Program>
{
    private readonly string _folder;
    private readonly bool _ownsFolder;
    private readonly string? _adminToken;

    /// <summary>
    /// A fresh app on a free port, or (for restart tests) on a given port and database folder; with
    /// <paramref name="network"/> it serves every interface, as <c>--classroom</c> does.
    /// </summary>
    public KestrelApp(int port = 0, string? folder = null, string? adminToken = null, bool network = false)
    {
        _adminToken = adminToken;
        _ownsFolder = folder is null;
        _folder = folder ?? Directory.CreateTempSubdirectory("biasdashboard-browser-").FullName;
        UseKestrel(o => o.Listen(network ? IPAddress.Any : IPAddress.Loopback, port));
    }

    public string Folder => _folder;

    /// <summary>A port that was free a moment ago, so a restarted app can come back on the same address.</summary>
    public static int FreePort()
    {
        var listener = new System.Net.Sockets.TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }

    public string StartAndGetAddress()
    {
        StartServer();
        // The teacher browses on loopback, as on their own laptop; students are sent to the join address.
        return Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First().Replace("0.0.0.0", "127.0.0.1", StringComparison.Ordinal);
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("Storage:Provider", "Sqlite");
        builder.UseSetting("Storage:ConnectionString", $"Data Source={Path.Combine(_folder, "browser.db")};Pooling=False");
        if (_adminToken is not null)
        {
            builder.UseSetting("Admin:Token", _adminToken);
        }
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        SqliteConnection.ClearAllPools();
        if (_ownsFolder)
        {
            Directory.Delete(_folder, recursive: true);
        }
    }
}
