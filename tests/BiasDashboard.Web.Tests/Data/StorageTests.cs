using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using BiasDashboard.Web.Data;

namespace BiasDashboard.Web.Tests.Data;

public sealed class StorageTests
{
    [Fact]
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
    public async Task Upgrade_DatabaseMadeByAnEarlierMigration_KeepsItsArticles(string madeBy)
    {
        var folder = Directory.CreateTempSubdirectory("upgrade-").FullName;
        var file = Path.Combine(folder, "old.db");
        await using (var db = NewContext(file))
        {
            await db.GetService<Microsoft.EntityFrameworkCore.Migrations.IMigrator>().MigrateAsync(madeBy);
            await db.Database.ExecuteSqlRawAsync("""
                INSERT INTO Outlets (Name) VALUES ('Old Outlet');
                INSERT INTO Articles (OutletId, Title, Body, Format, UploadedAtUtc, WordCount, SentenceCount, MeanCompound, MedianCompound, SharePositive, ShareNeutral, ShareNegative)
                VALUES (1, 'Old article', 'It was a massacre.', 'PlainText', '2026-01-01 00:00:00', 4, 1, -0.5, -0.5, 0, 0, 1);
                """);
        }

        await using (var db = NewContext(file))
        {
            await db.Database.MigrateAsync();
            var article = await db.Articles.SingleAsync();

            Assert.Empty(await db.Database.GetPendingMigrationsAsync());
            Assert.Equal("Old article", article.Title);
            Assert.Null(article.LexiconVersion); // framing comes from the rescorer, not the migration
            Assert.Empty(await db.LessonExamples.ToListAsync());
            Assert.Empty(await db.OutletTags.ToListAsync());
            Assert.Null((await db.Events.FirstOrDefaultAsync())?.Description);
        }

        SqliteConnection.ClearAllPools();
        Directory.Delete(folder, recursive: true);
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
        new(new DbContextOptionsBuilder<BiasDbContext>().UseSqlite($"Data Source={file};Pooling=False")
            .ConfigureWarnings(w => w.Ignore(Microsoft.EntityFrameworkCore.Diagnostics.RelationalEventId.PendingModelChangesWarning)).Options);

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
