using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Hosting;

namespace BiasDashboard.Web.Tests;

/// <summary>
/// The app on its own temporary SQLite file. Two factories given the same <see cref="DatabaseFile"/> see the
/// same data, which is how a restart is simulated. With TEST_DB_PROVIDER=Postgres a factory not given
/// a file gets a PostgreSQL database of its own instead, dropped when the factory is disposed.
/// </summary>
/// <remarks>
/// A new file starts as a copy of <see cref="TemplateDatabase"/> (migrated, seeded, lexicon and roles in place, made once
/// per test run), so each test still gets a database of its own without paying for migrations and the seed analysis.
/// <see cref="Empty"/> starts from no file at all, for tests of what happens on a first start.
/// </remarks>
public sealed class BiasDashboardFactory : WebApplicationFactory<Program>
{
    private readonly Dictionary<string, string?> _settings;
    private readonly bool _fromTemplate;

    public BiasDashboardFactory(string? databaseFile = null, IDictionary<string, string?>? settings = null)
        : this(databaseFile, settings, fromTemplate: databaseFile is null)
    {
    }

    private BiasDashboardFactory(string? databaseFile, IDictionary<string, string?>? settings, bool fromTemplate)
    {
        _fromTemplate = fromTemplate;
        DatabaseFile = databaseFile ?? Path.Combine(Directory.CreateTempSubdirectory("biasdashboard-").FullName, "test.db");
        var provider = settings is not null && settings.TryGetValue("Storage:Provider", out var chosen) ? chosen : null;
        if (provider is null && databaseFile is null && Infrastructure.TestServices.SuiteOnPostgres)
        {
            provider = "Postgres";
            PostgresDatabase = Infrastructure.TestServices.CreatePostgresDatabase(Infrastructure.TestServices.Postgres, migrated: true);
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

    /// <summary>An app whose database file does not exist yet: it migrates and imports the seeds itself.</summary>
    public static BiasDashboardFactory Empty(IDictionary<string, string?>? settings = null) => new(null, settings, fromTemplate: false);

    protected override IHost CreateHost(IHostBuilder builder)
    {
        if (_fromTemplate && !File.Exists(DatabaseFile))
        {
            File.Copy(TemplateDatabase.Value, DatabaseFile);
        }

        return base.CreateHost(builder);
    }

    private static readonly Lazy<string> TemplateDatabase = new(CreateTemplate, LazyThreadSafetyMode.ExecutionAndPublication);

    private static string CreateTemplate()
    {
        var template = Path.Combine(Directory.CreateTempSubdirectory("biasdashboard-template-").FullName, "template.db");
        AppDomain.CurrentDomain.ProcessExit += (_, _) => TryDelete(Path.GetDirectoryName(template)!);
        // Off the test's synchronization context: the app's start and stop are async.
        Task.Run(async () =>
        {
            var app = new BiasDashboardFactory(template, settings: null, fromTemplate: false);
            _ = app.Services; // starts the app: migrations, roles, lexicon, seed import
            await app.StopKeepingDataAsync();
        }).GetAwaiter().GetResult();
        return template;
    }

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
            Infrastructure.TestServices.DropPostgresDatabase(Infrastructure.TestServices.Postgres, PostgresDatabase);
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
