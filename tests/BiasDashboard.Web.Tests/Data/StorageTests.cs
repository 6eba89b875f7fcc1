using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using BiasDashboard.Web.Data;
using BiasDashboard.Web.Data.Migrations.Legacy;

namespace BiasDashboard.Web.Tests.Data;

public sealed class StorageTests
{
    [Fact]
    [Trait("Provider", "SqliteOnly")]
    public async Task Restart_KeepsUploadedArticles()
    {
        await using var first = new BiasDashboardFactory();
        var response = await first.CreateClient().PostAsync("/api/articles",
            Api.Files(("kept.txt", Api.Utf8("Kept article\n\nIt survived the restart."))).With("outlet", "Restart Times"));
        var id = (await response.JsonAsync()).GetProperty("id").GetInt32();
        var file = first.DatabaseFile;
        await first.StopKeepingDataAsync();

        await using var second = new BiasDashboardFactory(file);
        var again = await second.CreateClient().GetAsync($"/api/articles/{id}");

        Assert.Equal(System.Net.HttpStatusCode.OK, again.StatusCode);
        Assert.Equal("Restart Times", (await again.JsonAsync()).GetProperty("outlet").GetString());
    }

    [Fact]
    public async Task Migrations_CreateTheSchemaTheModelDescribes()
    {
        var folder = Directory.CreateTempSubdirectory("schema-").FullName;
        var migrated = Path.Combine(folder, "migrated.db");
        var created = Path.Combine(folder, "created.db");

        await using (var db = NewContext(migrated))
        {
            await db.Database.MigrateAsync();
        }

        await using (var db = NewContext(created))
        {
            await db.Database.EnsureCreatedAsync();
        }

        Assert.Equal(await SchemaAsync(created), await SchemaAsync(migrated));
        SqliteConnection.ClearAllPools();
        Directory.Delete(folder, recursive: true);
    }

    [Theory]
    [InlineData("20261122060000_InitialCreate")]
    [InlineData("20261122070000_AddFraming")]
    [InlineData("20261122080000_AddLessonExamples")]
    [InlineData("20261122090000_AddComparison")]
    [InlineData("20261122100000_AddAccounts")]
    [InlineData("20261122110000_AddClassSessions")]
    public async Task Upgrade_DatabaseMadeByAHandWrittenMigration_KeepsItsArticlesAndAdoptsTheBaseline(string madeBy)
    {
        var folder = Directory.CreateTempSubdirectory("upgrade-").FullName;
        var file = Path.Combine(folder, "old.db");
        await using (var legacy = LegacyContext(file))
        {
            await legacy.GetService<Microsoft.EntityFrameworkCore.Migrations.IMigrator>().MigrateAsync(madeBy);
            await legacy.Database.ExecuteSqlRawAsync("""
                INSERT INTO Outlets (Name) VALUES ('Old Outlet');
                INSERT INTO Articles (OutletId, Title, Body, Format, UploadedAtUtc, WordCount, SentenceCount, MeanCompound, MedianCompound, SharePositive, ShareNeutral, ShareNegative)
                VALUES (1, 'Old article', 'It was a massacre.', 'PlainText', '2026-01-01 00:00:00', 4, 1, -0.5, -0.5, 0, 0, 1);
                """);
        }

        await using (var db = NewContext(file))
        {
            Assert.True(await SqliteBaseline.AdoptAsync(db));
            await db.Database.MigrateAsync();
            var article = await db.Articles.SingleAsync();

            Assert.Empty(await db.Database.GetPendingMigrationsAsync());
            Assert.Contains(SqliteBaseline.BaselineId, await db.Database.GetAppliedMigrationsAsync());
            Assert.Equal("Old article", article.Title);
            Assert.Equal("old outlet", (await db.Outlets.SingleAsync(o => o.Name == "OLD OUTLET")).Name.ToLowerInvariant());
            Assert.Null(article.LexiconVersion); // framing comes from the rescorer, not the migration
            Assert.Empty(await db.LessonExamples.ToListAsync());
            Assert.Empty(await db.OutletTags.ToListAsync());
            Assert.Empty(await db.ClassSessions.ToListAsync());
            Assert.Null((await db.Events.FirstOrDefaultAsync())?.Description);
        }

        SqliteConnection.ClearAllPools();
        Directory.Delete(folder, recursive: true);
    }

    [Fact]
    public async Task Upgrade_DatabaseMadeByTheLastRelease_OpensWithEveryArticleAccountAndClassSession()
    {
        // release-f846013.sqlite was made by the app at f846013 (hand-written migrations): seeds imported by the app,
        // a teacher added with `user add`, then one class session with two students and their ratings.
        var folder = Directory.CreateTempSubdirectory("release-").FullName;
        var file = Path.Combine(folder, "release.db");
        File.Copy(Path.Combine(AppContext.BaseDirectory, "Data", "Fixtures", "release-f846013.sqlite"), file);

        await using var app = new BiasDashboardFactory(file);
        var client = app.CreateClient();

        Assert.Equal(5, await Api.ArticleCountAsync(client));
        var signIn = await TeacherSession.SignInAsync(client, "teacher@school.example");
        Assert.True(signIn.IsSuccessStatusCode, $"sign-in answered {(int)signIn.StatusCode}");
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<BiasDbContext>();
        var session = await db.ClassSessions.Include(s => s.Students).SingleAsync();
        Assert.Equal("K7QW2P", session.JoinCode);
        Assert.Equal(["Ada", "Ben"], session.Students.Select(s => s.Nickname).Order(StringComparer.Ordinal));
        Assert.Equal(2, await db.StudentRatings.CountAsync());
        Assert.Equal(287, await db.Sentences.CountAsync());
        Assert.Contains(SqliteBaseline.BaselineId, await db.Database.GetAppliedMigrationsAsync());
        Assert.Empty(await db.Database.GetPendingMigrationsAsync());
    }

    [Fact]
    public async Task Baseline_CreatesExactlyTheSchemaTheHandWrittenMigrationsLeft()
    {
        var folder = Directory.CreateTempSubdirectory("baseline-").FullName;
        var handWritten = Path.Combine(folder, "hand.db");
        var generated = Path.Combine(folder, "generated.db");
        await using (var legacy = LegacyContext(handWritten))
        {
            await legacy.Database.MigrateAsync();
        }

        await using (var db = NewContext(generated))
        {
            await db.GetService<Microsoft.EntityFrameworkCore.Migrations.IMigrator>().MigrateAsync(SqliteBaseline.BaselineId);
        }

        Assert.Equal(await SchemaAsync(handWritten), await SchemaAsync(generated));
        Assert.Contains("Outlets.Name|TEXT|1|0", await SchemaAsync(generated));
        Assert.Equal(await CollationsAsync(handWritten), await CollationsAsync(generated));
        SqliteConnection.ClearAllPools();
        Directory.Delete(folder, recursive: true);
    }

    [Fact]
    public async Task Baseline_IsRecordedOnceAndAdoptingTwiceChangesNothing()
    {
        var folder = Directory.CreateTempSubdirectory("adopt-").FullName;
        var file = Path.Combine(folder, "old.db");
        await using (var legacy = LegacyContext(file))
        {
            await legacy.Database.MigrateAsync();
        }

        await using (var db = NewContext(file))
        {
            Assert.True(await SqliteBaseline.AdoptAsync(db));
            Assert.False(await SqliteBaseline.AdoptAsync(db));
            await db.Database.MigrateAsync();
            Assert.Single(await db.Database.GetAppliedMigrationsAsync(), id => id == SqliteBaseline.BaselineId);
        }

        await using (var fresh = NewContext(Path.Combine(folder, "new.db")))
        {
            Assert.False(await SqliteBaseline.AdoptAsync(fresh)); // a new database takes the generated path only
            await fresh.Database.MigrateAsync();
            Assert.DoesNotContain(SqliteBaseline.LastHandWrittenId, await fresh.Database.GetAppliedMigrationsAsync());
        }

        SqliteConnection.ClearAllPools();
        Directory.Delete(folder, recursive: true);
    }

    [Fact]
    public void Model_HasNoChangesMissingFromTheMigrations()
    {
        // Fails when an entity or configuration changed without `dotnet ef migrations add` (docs/operations.md).
        using var db = NewContext(Path.Combine(Path.GetTempPath(), $"pending-{Guid.NewGuid():N}.db"));
        Assert.False(db.Database.HasPendingModelChanges(), "the model differs from the SQLite model snapshot: add a migration");
        using var pg = new PostgresDesignTimeFactory().CreateDbContext([]);
        Assert.False(pg.Database.HasPendingModelChanges(), "the model differs from the PostgreSQL model snapshot: add a migration");
    }

    [Fact]
    public async Task InMemoryProvider_RunsTheDashboardForAThrowawayDemo()
    {
        await using var app = new BiasDashboardFactory(settings: new Dictionary<string, string?> { ["Storage:Provider"] = "InMemory" });
        var client = app.CreateClient();

        var page = await client.GetStringAsync("/");

        Assert.Contains("Commons vote on the SNP ceasefire amendment", page, StringComparison.Ordinal);
        Assert.Equal(5, await Api.ArticleCountAsync(client));
    }

    private static BiasDbContext NewContext(string file) =>
        new(new DbContextOptionsBuilder<BiasDbContext>().UseSqlite($"Data Source={file};Pooling=False").Options);

    private static LegacySchemaContext LegacyContext(string file) =>
        new(new DbContextOptionsBuilder<LegacySchemaContext>().UseSqlite($"Data Source={file};Pooling=False").Options);

    // Columns declared with a collation (NOCASE on outlet names and tag axes), from the table definitions.
    private static async Task<List<string>> CollationsAsync(string file)
    {
        await using var connection = new SqliteConnection($"Data Source={file};Pooling=False");
        await connection.OpenAsync();
        var sql = await QueryAsync(connection, "SELECT name, sql FROM sqlite_master WHERE type='table' AND sql LIKE '%COLLATE%' ORDER BY name");
        return sql.Select(r => $"{r[0]}: {System.Text.RegularExpressions.Regex.Matches(r[1], "\"(\\w+)\"[^,]*COLLATE NOCASE").Select(m => m.Groups[1].Value).Aggregate("", (a, b) => a + " " + b)}").ToList();
    }

    // Tables, their columns (name, type, not-null, primary-key position) and indexes (name, unique, columns), sorted.
    private static async Task<List<string>> SchemaAsync(string file)
    {
        var schema = new List<string>();
        await using var connection = new SqliteConnection($"Data Source={file};Pooling=False");
        await connection.OpenAsync();
        var tables = await QueryAsync(connection, "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '__EFMigrations%'");
        foreach (var table in tables.Select(t => t[0]))
        {
            schema.AddRange((await QueryAsync(connection, $"SELECT name, type, \"notnull\", pk FROM pragma_table_info('{table}')"))
                .Select(c => $"{table}.{string.Join('|', c)}"));
            foreach (var index in await QueryAsync(connection, $"SELECT name, \"unique\" FROM pragma_index_list('{table}') WHERE origin = 'c'"))
            {
                var columns = await QueryAsync(connection, $"SELECT name FROM pragma_index_info('{index[0]}')");
                schema.Add($"{table} index {index[0]} unique={index[1]} ({string.Join(',', columns.Select(c => c[0]))})");
            }

            schema.AddRange((await QueryAsync(connection, $"SELECT \"table\", \"from\", \"to\", on_delete FROM pragma_foreign_key_list('{table}')"))
                .Select(f => $"{table} fk {string.Join('|', f)}"));
        }

        schema.Sort(StringComparer.Ordinal);
        return schema;
    }

    private static async Task<List<string[]>> QueryAsync(SqliteConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<string[]>();
        while (await reader.ReadAsync())
        {
            rows.Add(Enumerable.Range(0, reader.FieldCount).Select(i => reader.GetValue(i).ToString() ?? "").ToArray());
        }

        return rows;
    }
}
