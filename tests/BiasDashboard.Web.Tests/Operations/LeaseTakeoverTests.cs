using System.Net;
using System.Text;
using BiasDashboard.Analysis.Framing;
using BiasDashboard.Web.Tests.Infrastructure;
using Npgsql;

namespace BiasDashboard.Web.Tests.Operations;

/// <summary>The rescoring lease across two app processes when its holder dies (its own pair of instances: one is killed).</summary>
// Starts its own servers whatever TEST_DB_PROVIDER says: CI runs it in the first pass only (.ci/run).
[Trait("Pass", "Once")]
public sealed class LeaseTakeoverTests(TwoInstanceTests.Cluster cluster) : IClassFixture<TwoInstanceTests.Cluster>
{
    [MultiInstanceFact]
    public async Task KillingTheInstanceThatHoldsTheRescoringLease_LetsTheOtherFinishTheRun()
    {
        await using var db = new NpgsqlConnection(cluster.Database);
        await db.OpenAsync();
        // 1,000 more copies of the seed articles, so that rescoring takes many batches.
        await Execute(db, """
            INSERT INTO "Articles" ("OutletId", "Title", "Author", "Published", "Url", "Body", "Format", "UploadedAtUtc", "WordCount",
                "SentenceCount", "MeanCompound", "MedianCompound", "MeanIntervalLow", "MeanIntervalHigh", "SharePositive", "ShareNeutral",
                "ShareNegative", "LexiconId", "LexiconVersion", "OwnVoiceWords", "QuotedWords", "LoadedLanguageIndex")
            SELECT "OutletId", "Title" || ' #' || n, "Author", "Published", NULL, "Body", "Format", "UploadedAtUtc", "WordCount",
                "SentenceCount", "MeanCompound", "MedianCompound", "MeanIntervalLow", "MeanIntervalHigh", "SharePositive", "ShareNeutral",
                "ShareNegative", "LexiconId", "LexiconVersion", "OwnVoiceWords", "QuotedWords", "LoadedLanguageIndex"
            FROM "Articles", generate_series(1, 200) AS n
            """);
        var signIn = await cluster.SignInAsync(cluster.A.Url);
        Assert.True(signIn.IsSuccessStatusCode);
        var lexicon = FramingLexicon.Default with { Version = 5000 + Random.Shared.Next(1000) };
        var saved = await cluster.Http.PutAsync(cluster.A.Url + "/api/lexicon", new StringContent(lexicon.ToJson(), Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.Accepted, saved.StatusCode);
        var version = (await System.Net.Http.Json.HttpContentJsonExtensions.ReadFromJsonAsync<System.Text.Json.JsonElement>(saved.Content)).GetProperty("version").GetInt32();

        // Wait until someone holds the lease and has done at least one batch, then kill that instance.
        string? holder = null;
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (DateTime.UtcNow < deadline)
        {
            holder = await Scalar<string?>(db, """SELECT "Holder" FROM "Leases" WHERE "Name" = 'rescore' AND "ExpiresAtUtc" > now()""");
            if (holder is not null && await Stale(db, version) < await Total(db) - 50)
            {
                break;
            }

            await Task.Delay(50);
        }

        Assert.NotNull(holder);
        var staleAtKill = await Stale(db, version);
        Assert.True(staleAtKill > 0, "the run finished before the holder could be killed; the test needs more articles");
        var (victim, survivor) = holder!.Contains($":{cluster.A.ProcessId}:", StringComparison.Ordinal) ? (cluster.A, cluster.B) : (cluster.B, cluster.A);
        victim.Kill();

        deadline = DateTime.UtcNow.AddSeconds(120);
        while (await Stale(db, version) > 0 && DateTime.UtcNow < deadline)
        {
            await Task.Delay(250);
        }

        Assert.Equal(0, await Stale(db, version));
        Assert.Contains($":{survivor.ProcessId}:", await Scalar<string?>(db, """SELECT "Holder" FROM "Leases" WHERE "Name" = 'rescore'""") ?? "", StringComparison.Ordinal);
    }

    private static async Task<long> Stale(NpgsqlConnection db, int version) =>
        await Scalar<long>(db, $"""SELECT count(*) FROM "Articles" WHERE "LexiconVersion" IS DISTINCT FROM {version}""");

    private static async Task<long> Total(NpgsqlConnection db) => await Scalar<long>(db, """SELECT count(*) FROM "Articles" """);

    private static async Task Execute(NpgsqlConnection db, string sql)
    {
        await using var command = new NpgsqlCommand(sql, db);
        await command.ExecuteNonQueryAsync();
    }

    private static async Task<T> Scalar<T>(NpgsqlConnection db, string sql)
    {
        await using var command = new NpgsqlCommand(sql, db);
        var value = await command.ExecuteScalarAsync();
        return value is null or DBNull ? default! : (T)value;
    }
}
