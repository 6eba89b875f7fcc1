using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;

namespace BiasDashboard.Web.Tests;

/// <summary>
/// The app on its own temporary SQLite file. Two factories given the same <see cref="DatabaseFile"/> see the
/// same data, which is how a restart is simulated. With TEST_DB_PROVIDER=Postgres (and TEST_PG) a factory not given
/// a file gets a PostgreSQL database of its own instead, dropped when the factory is disposed.
/// </summary>
public sealed class BiasDashboardFactory : WebApplicationFactory<Program>
{
    private readonly Dictionary<string, string?> _settings;

    public BiasDashboardFactory(string? databaseFile = null, IDictionary<string, string?>? settings = null)
    {
        DatabaseFile = databaseFile ?? Path.Combine(Directory.CreateTempSubdirectory("biasdashboard-").FullName, "test.db");
        var provider = settings is not null && settings.TryGetValue("Storage:Provider", out var chosen) ? chosen : null;
        if (provider is null && databaseFile is null && Infrastructure.TestServices.SuiteOnPostgres)
        {
            provider = "Postgres";
            PostgresDatabase = Infrastructure.TestServices.CreatePostgresDatabase(Infrastructure.TestServices.Postgres!, migrated: true);
        }

        _settings = new Dictionary<string, string?>(settings ?? new Dictionary<string, string?>())
        {
            ["Storage:Provider"] = provider ?? "Sqlite",
            ["Storage:ConnectionString"] = $"Data Source={DatabaseFile};Pooling=False",
        };
        if (PostgresDatabase is not null)
        {
            _settings["ConnectionStrings:Postgres"] = PostgresDatabase;
        }
    }

    public string DatabaseFile { get; }

    /// <summary>The PostgreSQL connection string when this app runs on PostgreSQL, else null.</summary>
    public string? PostgresDatabase { get; }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }
    }

    /// <summary>Stops the app but keeps the database file, for restart tests.</summary>
    public async Task StopKeepingDataAsync()
    {
        await base.DisposeAsync();
        SqliteConnection.ClearAllPools();
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        SqliteConnection.ClearAllPools();
        TryDelete(Path.GetDirectoryName(DatabaseFile)!);
        if (PostgresDatabase is not null)
        {
            Infrastructure.TestServices.DropPostgresDatabase(Infrastructure.TestServices.Postgres!, PostgresDatabase);
        }
    }

    private static void TryDelete(string folder)
    {
        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (IOException)
        {
            // A temp folder left behind is harmless.
        }
    }
}
