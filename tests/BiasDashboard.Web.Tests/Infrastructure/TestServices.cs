using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace BiasDashboard.Web.Tests.Infrastructure;

/// <summary>
/// The external services some tests need, from the environment that .ci/run (via .ci/services.sh) sets up:
/// <c>TEST_PG</c> (a PostgreSQL connection string whose user may create databases) and <c>TEST_REDIS</c> (host:port).
/// <c>TEST_DB_PROVIDER=Postgres</c> runs the whole web suite on PostgreSQL instead of SQLite.
/// </summary>
public static class TestServices
{
    public static string? Postgres => Environment.GetEnvironmentVariable("TEST_PG") is { Length: > 0 } cs ? cs : null;

    public static string? Redis => Environment.GetEnvironmentVariable("TEST_REDIS") is { Length: > 0 } r ? r : null;

    /// <summary>True when the suite runs on PostgreSQL (TEST_DB_PROVIDER=Postgres and TEST_PG set).</summary>
    public static bool SuiteOnPostgres =>
        string.Equals(Environment.GetEnvironmentVariable("TEST_DB_PROVIDER"), "Postgres", StringComparison.OrdinalIgnoreCase) && Postgres is not null;

    private static readonly Lock TemplateLock = new();
    private static string? _template;

    /// <summary>
    /// Creates a database of its own for one test app and returns its connection string: empty, or (for the suite
    /// run on PostgreSQL) a copy of a template migrated once per test run, which saves each app its migrations.
    /// </summary>
    public static string CreatePostgresDatabase(string admin, bool migrated = false)
    {
        var name = $"bd_test_{Guid.NewGuid():N}";
        var template = migrated ? MigratedTemplate(admin) : null;
        using (var connection = new NpgsqlConnection(admin))
        {
            connection.Open();
            using var command = new NpgsqlCommand($"CREATE DATABASE \"{name}\"" + (template is null ? "" : $" TEMPLATE \"{template}\""), connection);
            command.ExecuteNonQuery();
        }

        return new NpgsqlConnectionStringBuilder(admin) { Database = name }.ConnectionString;
    }

    private static string MigratedTemplate(string admin)
    {
        lock (TemplateLock)
        {
            if (_template is not null)
            {
                return _template;
            }

            var database = CreatePostgresDatabase(admin);
            using (var db = new Web.Data.PostgresBiasDbContext(new Microsoft.EntityFrameworkCore.DbContextOptionsBuilder<Web.Data.PostgresBiasDbContext>()
                       .UseNpgsql(new NpgsqlConnectionStringBuilder(database) { Pooling = false }.ConnectionString).Options))
            {
                Microsoft.EntityFrameworkCore.RelationalDatabaseFacadeExtensions.Migrate(db.Database);
            }

            _template = new NpgsqlConnectionStringBuilder(database).Database!;
            AppDomain.CurrentDomain.ProcessExit += (_, _) => DropPostgresDatabase(admin, database);
            return _template;
        }
    }

    /// <summary>Drops a database made by <see cref="CreatePostgresDatabase"/>, closing whatever still uses it.</summary>
    public static void DropPostgresDatabase(string admin, string database)
    {
        NpgsqlConnection.ClearAllPools();
        using var connection = new NpgsqlConnection(admin);
        connection.Open();
        using var command = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{new NpgsqlConnectionStringBuilder(database).Database}\" WITH (FORCE)", connection);
        command.ExecuteNonQuery();
    }
}

/// <summary>A test that needs PostgreSQL: skipped with the reason where TEST_PG is not set; .ci/run sets it, so it runs in CI.</summary>
public sealed class PostgresFactAttribute : FactAttribute
{
    public PostgresFactAttribute()
    {
        if (TestServices.Postgres is null)
        {
            Skip = "needs PostgreSQL: TEST_PG is not set (.ci/run starts a throwaway cluster and sets it; or `source .ci/services.sh; services_start`)";
        }
    }
}

/// <summary>A test that needs PostgreSQL and Redis (several instances): skipped with the reason unless TEST_PG and TEST_REDIS are set.</summary>
public sealed class MultiInstanceFactAttribute : FactAttribute
{
    public MultiInstanceFactAttribute()
    {
        if (TestServices.Postgres is null || TestServices.Redis is null)
        {
            Skip = "needs PostgreSQL and Redis: TEST_PG / TEST_REDIS are not set (.ci/run starts both and sets them)";
        }
    }
}
