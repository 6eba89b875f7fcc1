using System.Net.Http.Json;
using System.Text.Json;
using BiasDashboard.Web.Data;
using BiasDashboard.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace BiasDashboard.Web.Tests.Data;

/// <summary>
/// What differs on PostgreSQL (Storage:Provider=Postgres): its own migration set, case-insensitive outlet names
/// (citext), times. The rest of the suite runs on PostgreSQL too when .ci/run sets TEST_DB_PROVIDER=Postgres.
/// </summary>
// Starts its own servers whatever TEST_DB_PROVIDER says: CI runs it in the first pass only (.ci/run).
[Trait("Pass", "Once")]
public sealed class PostgresStorageTests : IAsyncLifetime
{
    private BiasDashboardFactory _app = null!;
    private string _database = "";

    public Task InitializeAsync()
    {
        if (TestServices.PostgresMissing is null)
        {
            _database = TestServices.CreatePostgresDatabase(TestServices.Postgres);
            _app = new BiasDashboardFactory(settings: new Dictionary<string, string?>
            {
                ["Storage:Provider"] = "Postgres",
                ["ConnectionStrings:Postgres"] = _database,
            });
        }

        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        if (_database.Length > 0)
        {
            await _app.DisposeAsync();
            TestServices.DropPostgresDatabase(TestServices.Postgres, _database);
        }
    }

    [PostgresFact]
    public async Task Postgres_MigratesANewDatabaseAndImportsTheSeeds()
    {
        var client = _app.CreateClient();

        Assert.Equal(5, await Api.ArticleCountAsync(client));
        await using var scope = _app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<BiasDbContext>();
        Assert.IsType<PostgresBiasDbContext>(db);
        Assert.Empty(await db.Database.GetPendingMigrationsAsync());
        Assert.Contains(await db.Database.GetAppliedMigrationsAsync(), id => id.EndsWith("_Baseline", StringComparison.Ordinal));
    }

    [PostgresFact]
    public async Task Postgres_OutletNamesDifferingOnlyInCase_AreOneOutlet()
    {
        var client = _app.CreateClient();
        foreach (var (outlet, n) in new[] { ("Gotham Gazette", 1), ("GOTHAM GAZETTE", 2), ("gotham gazette", 3) })
        {
            var response = await client.PostAsync("/api/articles",
                Api.Files(($"g{n}.txt", Api.Utf8($"Council vote number {n}\n\nThe council voted on the plan for the {n} time."))).With("outlet", outlet));
            Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
        }

        var outlets = await client.GetFromJsonAsync<JsonElement>("/api/outlets", Api.Json);
        var gotham = outlets.EnumerateArray().Where(o => string.Equals(o.GetProperty("name").GetString(), "Gotham Gazette", StringComparison.OrdinalIgnoreCase)).ToList();
        Assert.Single(gotham);
        Assert.Equal(3, gotham[0].GetProperty("articles").GetInt32());
    }

    [PostgresFact]
    public async Task Postgres_UniqueOutletNameIsEnforcedByTheDatabaseWithoutRegardToCase()
    {
        _app.CreateClient(); // starts the app, which migrates
        await using var connection = new NpgsqlConnection(_database);
        await connection.OpenAsync();
        await using var insert = new NpgsqlCommand("""INSERT INTO "Outlets" ("Name") VALUES ('Case Test'), ('CASE TEST')""", connection);
        var error = await Assert.ThrowsAsync<PostgresException>(() => insert.ExecuteNonQueryAsync());
        Assert.Equal(PostgresErrorCodes.UniqueViolation, error.SqlState);
    }

    [PostgresFact]
    public async Task Postgres_TimesRoundTripAsTheyDoOnSqlite()
    {
        _app.CreateClient();
        var written = new DateTime(2026, 11, 29, 4, 5, 6, DateTimeKind.Utc);
        await using (var scope = _app.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<BiasDbContext>();
            db.Lexicons.Add(new Web.Data.Entities.LexiconRow { Id = "time-test", Version = 1, Json = "{}", UpdatedAtUtc = written });
            await db.SaveChangesAsync();
        }

        await using (var scope = _app.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<BiasDbContext>();
            var read = (await db.Lexicons.SingleAsync(l => l.Id == "time-test")).UpdatedAtUtc;
            Assert.Equal(written.Ticks, read.Ticks);
            Assert.Equal(1, await db.Lexicons.CountAsync(l => l.Id == "time-test" && l.UpdatedAtUtc > new DateTime(2026, 11, 29)));
        }
    }
}
