using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Options;

namespace BiasDashboard.Web.Data;

public static class DataExtensions
{
    /// <summary>
    /// Registers <see cref="BiasDbContext"/> on the provider chosen by <c>Storage:Provider</c>, and its health check. The
    /// context takes every registered <see cref="IInterceptor"/> (Operations/ counts stored articles with one).
    /// </summary>
    public static WebApplicationBuilder AddBiasDashboardData(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<StorageOptions>().BindConfiguration(StorageOptions.SectionName)
            .ValidateDataAnnotations().ValidateOnStart();
        var contentRoot = builder.Environment.ContentRootPath;
        var provider = builder.Configuration.GetSection(StorageOptions.SectionName)
                           .GetValue<StorageProvider?>(nameof(StorageOptions.Provider))
                       ?? StorageProvider.Sqlite;
        if (provider == StorageProvider.Postgres)
        {
            // Its own context type, because EF Core keeps one migration set per context type.
            builder.Services.AddDbContext<BiasDbContext, PostgresBiasDbContext>((sp, options) =>
                options.UseNpgsql(PostgresConnectionString(sp.GetRequiredService<IConfiguration>()))
                    .AddInterceptors(sp.GetServices<IInterceptor>()));
        }
        else
        {
            builder.Services.AddDbContext<BiasDbContext>((sp, options) =>
            {
                var storage = sp.GetRequiredService<IOptions<StorageOptions>>().Value;
                _ = storage.Provider switch
                {
                    StorageProvider.Sqlite => options.UseSqlite(SqliteConnectionString(storage, contentRoot)),
                    StorageProvider.InMemory => options.UseInMemoryDatabase("biasdashboard"),
                    _ => throw new InvalidOperationException(
                        $"Unknown Storage:Provider '{storage.Provider}'; use Sqlite, InMemory or Postgres."),
                };
                options.AddInterceptors(sp.GetServices<IInterceptor>());
            });
        }

        builder.Services.AddSingleton<IInterceptor, CoverageCounts>(); // the events' and outlets' kept counts
        builder.Services.AddHealthChecks().AddDbContextCheck<BiasDbContext>("database", tags: ["ready"]);
        return builder;
    }

    /// <summary>
    /// Applies pending migrations (or creates the in-memory store). Migrations only add; they never drop data. A SQLite
    /// database made before the generated baseline is adopted first (<see cref="SqliteBaseline"/>).
    /// </summary>
    public static async Task MigrateDatabaseAsync(this WebApplication app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<BiasDbContext>();
        if (db.Database.IsSqlite())
        {
            await SqliteBaseline.AdoptAsync(db);
        }

        if (db.Database.IsRelational())
        {
            await db.Database.MigrateAsync();
        }
        else
        {
            await db.Database.EnsureCreatedAsync();
        }
    }

    private static string PostgresConnectionString(IConfiguration configuration) =>
        configuration.GetConnectionString("Postgres") is { Length: > 0 } connection
            ? connection
            : throw new InvalidOperationException("Storage:Provider is Postgres but ConnectionStrings:Postgres is not set.");

    /// <summary>
    /// The folder the data lives in: the SQLite file's folder when a connection string names one, else <c>Storage:DataDirectory</c>.
    /// </summary>
    public static string DataFolder(StorageOptions storage, string contentRoot)
    {
        if (!string.IsNullOrWhiteSpace(storage.ConnectionString) &&
            new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder(storage.ConnectionString).DataSource is { Length: > 0 } file &&
            file != ":memory:")
        {
            return Path.GetDirectoryName(Path.GetFullPath(file, contentRoot))!;
        }

        return Path.GetFullPath(storage.DataDirectory, contentRoot);
    }

    private static string SqliteConnectionString(StorageOptions storage, string contentRoot)
    {
        if (!string.IsNullOrWhiteSpace(storage.ConnectionString))
        {
            return storage.ConnectionString;
        }

        var folder = Path.GetFullPath(storage.DataDirectory, contentRoot);
        Directory.CreateDirectory(folder);
        return $"Data Source={Path.Combine(folder, "biasdashboard.db")}";
    }
}
