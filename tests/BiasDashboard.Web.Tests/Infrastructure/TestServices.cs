using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace BiasDashboard.Web.Tests.Infrastructure;

/// <summary>
/// The servers some tests need. <c>TEST_PG</c> (a PostgreSQL connection string whose user may create databases) and
/// <c>TEST_REDIS</c> (host:port) name servers to use; without them the run starts its own throwaway PostgreSQL
/// cluster (<see cref="ThrowawayPostgres"/>) and redis-server (<see cref="ThrowawayRedis"/>) on first use, when their
/// programs are installed. <c>TEST_DB_PROVIDER=Postgres</c> runs the whole web suite on PostgreSQL instead of SQLite.
/// </summary>
public static class TestServices
{
    private static readonly Lazy<string> ThrowawayPostgresServer = new(() => ThrowawayPostgres.Start().ConnectionString);
    private static readonly Lazy<string> ThrowawayRedisServer = new(() => ThrowawayRedis.Start().Endpoint);

    /// <summary>
    /// Why PostgreSQL tests cannot run here (what to install), or null when they can. With TEST_SERVICES_REQUIRED=1
    /// (.ci/run) it is always null: there a missing server fails the tests instead of skipping them.
    /// </summary>
    public static string? PostgresMissing =>
        Environment.GetEnvironmentVariable("TEST_PG") is { Length: > 0 } || ThrowawayPostgres.BinFolder is not null || Required
            ? null
            : NoPostgres;

    /// <summary>Why Redis tests cannot run here (what to install), or null when they can (or TEST_SERVICES_REQUIRED=1).</summary>
    public static string? RedisMissing =>
        Environment.GetEnvironmentVariable("TEST_REDIS") is { Length: > 0 } || ThrowawayRedis.Executable is not null || Required
            ? null
            : NoRedis;

    /// <summary>The admin connection string: TEST_PG, else this run's throwaway cluster (started on first use).</summary>
    public static string Postgres =>
        Environment.GetEnvironmentVariable("TEST_PG") is { Length: > 0 } cs ? cs
        : ThrowawayPostgres.BinFolder is not null ? ThrowawayPostgresServer.Value
        : throw new InvalidOperationException(NoPostgres);

    /// <summary>host:port of Redis: TEST_REDIS, else this run's throwaway server (started on first use).</summary>
    public static string Redis =>
        Environment.GetEnvironmentVariable("TEST_REDIS") is { Length: > 0 } r ? r
        : ThrowawayRedis.Executable is not null ? ThrowawayRedisServer.Value
        : throw new InvalidOperationException(NoRedis);

    private const string NoPostgres = "needs PostgreSQL: install it (apt-get install postgresql; initdb and pg_ctl in /usr/lib/postgresql/*/bin) " +
        "and the tests start a throwaway cluster, or set TEST_PG to a server's connection string";

    private const string NoRedis = "needs Redis: install redis-server (apt-get install redis-server) and the tests start a throwaway one, " +
        "or set TEST_REDIS to host:port";

    private static bool Required => Environment.GetEnvironmentVariable("TEST_SERVICES_REQUIRED") == "1";

    /// <summary>True when the suite runs on PostgreSQL (TEST_DB_PROVIDER=Postgres); without PostgreSQL that fails, it does not fall back.</summary>
    public static bool SuiteOnPostgres =>
        string.Equals(Environment.GetEnvironmentVariable("TEST_DB_PROVIDER"), "Postgres", StringComparison.OrdinalIgnoreCase);

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

/// <summary>A test that needs PostgreSQL: it runs wherever PostgreSQL is installed or TEST_PG is set, else skips saying what to install.</summary>
public sealed class PostgresFactAttribute : FactAttribute
{
    public PostgresFactAttribute()
    {
        Skip = TestServices.PostgresMissing;
    }
}

/// <summary>A test that needs PostgreSQL and Redis (several instances): skipped, saying what to install, only where either is missing.</summary>
public sealed class MultiInstanceFactAttribute : FactAttribute
{
    public MultiInstanceFactAttribute()
    {
        Skip = TestServices.PostgresMissing ?? TestServices.RedisMissing;
    }
}
