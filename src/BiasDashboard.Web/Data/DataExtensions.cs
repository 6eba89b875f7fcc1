using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Options;

namespace BiasDashboard.Web.Data;

public static class DataExtensions
{
    /// <summary>Registers <see cref="BiasDbContext"/> on the provider chosen by <c>Storage:Provider</c>, and its health check.</summary>
    public static WebApplicationBuilder AddBiasDashboardData(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<StorageOptions>().BindConfiguration(StorageOptions.SectionName)
            .ValidateDataAnnotations().ValidateOnStart();
        var contentRoot = builder.Environment.ContentRootPath;
        builder.Services.AddDbContext<BiasDbContext>((sp, options) =>
        {
            var storage = sp.GetRequiredService<IOptions<StorageOptions>>().Value;
            _ = storage.Provider switch
            {
                StorageProvider.Sqlite => options.UseSqlite(SqliteConnectionString(storage, contentRoot)),
                StorageProvider.InMemory => options.UseInMemoryDatabase("biasdashboard"),
                _ => throw new InvalidOperationException($"Unknown Storage:Provider '{storage.Provider}'; use Sqlite or InMemory."),
            };

            // Migrations are written by hand (no design-time package here), so there is no model snapshot to
            // compare with; MigrationsMatchModelTests checks the schema instead.
            options.ConfigureWarnings(w => w.Ignore(RelationalEventId.PendingModelChangesWarning));
        });
        builder.Services.AddHealthChecks().AddDbContextCheck<BiasDbContext>("database");
        return builder;
    }

    /// <summary>Applies pending migrations (or creates the in-memory store). Migrations only add; they never drop data.</summary>
    public static async Task MigrateDatabaseAsync(this WebApplication app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<BiasDbContext>();
        if (db.Database.IsRelational())
        {
            await db.Database.MigrateAsync();
        }
        else
        {
            await db.Database.EnsureCreatedAsync();
        }
    }

    /// <summary>The folder the data lives in: the SQLite file's folder when a connection string names one, else <c>Storage:DataDirectory</c>.</summary>
    public static string DataFolder(StorageOptions storage, string contentRoot)
    {
        if (!string.IsNullOrWhiteSpace(storage.ConnectionString) &&
            new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder(storage.ConnectionString).DataSource is { Length: > 0 } file && file != ":memory:")
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
