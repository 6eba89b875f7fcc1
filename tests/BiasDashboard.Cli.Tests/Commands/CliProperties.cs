using System.Text.Json;
using BiasDashboard.Analysis.Tests.Properties;
using CsCheck;

namespace BiasDashboard.Cli.Tests.Commands;

/// <summary>
/// <c>bias analyze</c> and <c>bias compare</c> over generated corpora: valid output for every file not refused on
/// stderr, an exit code that says whether anything was refused, unique actor ids, and the same output every run.
/// </summary>
public sealed class CliProperties
{
    // Each sample writes files and runs the command twice in-process: a few dozen keep the suite quick.
    private const int Iterations = 12;

    private static readonly Gen<string[]> Corpus = Gen.OneOf(NewsText.Article, NewsText.Article, NewsText.MutatedSeed, NewsText.NewsCharacters).Array[1, 4];

    private static async Task WithCorpusAsync(string[] texts, Func<string, string[], Task> check)
    {
        var folder = Directory.CreateTempSubdirectory("bias-property-");
        try
        {
            var names = texts.Select((t, i) => $"{i:00}.txt").ToArray();
            for (var i = 0; i < texts.Length; i++)
            {
                await File.WriteAllTextAsync(Path.Combine(folder.FullName, names[i]), texts[i]);
            }

            await check(folder.FullName, names);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    // The files named on stderr; summary lines such as "no articles to compare" (every file refused) name none.
    private static string[] Refused(string stderr) =>
        stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.Split(": ")[1])
            .Where(p => p.EndsWith(".txt", StringComparison.Ordinal)).Select(Path.GetFileName).ToArray()!;

    [Fact]
    public Task Compare_GeneratedCorpora_WriteEveryReadableArticleOnceWithUniqueActorIdsAndTheSameOutputEachRun() =>
        Corpus.SampleAsync(texts => WithCorpusAsync(texts, async (folder, names) =>
        {
            var first = await Bias.RunAsync("compare", folder);
            var second = await Bias.RunAsync("compare", folder);

            var refused = Refused(first.Stderr);
            Assert.Equal(refused.Length == 0 ? 0 : 1, first.ExitCode);
            Assert.Equal(first.Stdout, second.Stdout);
            if (refused.Length == names.Length)
            {
                return;
            }

            using var json = JsonDocument.Parse(first.Stdout);
            var events = json.RootElement.GetProperty("events").EnumerateArray().ToList();
            Assert.Equal(names.Except(refused).Order(StringComparer.Ordinal),
                events.SelectMany(e => e.GetProperty("articles").EnumerateArray().Select(a => Path.GetFileName(a.GetProperty("file").GetString()!))).Order(StringComparer.Ordinal));
            Assert.All(events, e =>
            {
                Assert.Equal(0, e.GetProperty("failures").GetArrayLength());
                var ids = e.GetProperty("actors").EnumerateArray().Select(a => a.GetProperty("actor").GetProperty("id").GetString()).ToList();
                Assert.Equal(ids.Count, ids.Distinct(StringComparer.Ordinal).Count());
            });
        }), iter: Iterations, threads: 1);

    [Fact]
    public Task Analyze_GeneratedCorpora_WriteEveryReadableArticleWithSentencesThatSliceItsText() =>
        Corpus.SampleAsync(texts => WithCorpusAsync(texts, async (folder, names) =>
        {
            var result = await Bias.RunAsync("analyze", folder);

            var refused = Refused(result.Stderr);
            Assert.Equal(refused.Length == 0 ? 0 : 1, result.ExitCode);
            using var json = JsonDocument.Parse(result.Stdout);
            var articles = json.RootElement.EnumerateArray().ToList();
            Assert.Equal(names.Except(refused), articles.Select(a => Path.GetFileName(a.GetProperty("file").GetString()!)));
            Assert.All(articles, a =>
            {
                var text = a.GetProperty("text").GetString()!;
                Assert.All(a.GetProperty("sentences").EnumerateArray(), s =>
                    Assert.InRange(s.GetProperty("end").GetInt32(), s.GetProperty("start").GetInt32(), text.Length));
            });
        }), iter: Iterations, threads: 1);
}
