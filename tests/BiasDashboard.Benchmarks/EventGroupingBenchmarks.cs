using System.Globalization;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.NoEmit;
using BiasDashboard.Analysis.Events;
using BiasDashboard.Analysis.Ingest;

namespace BiasDashboard.Benchmarks;

/// <summary>
/// Event grouping at archive scale, on synthetic corpora scaled from the event-grouping development corpus: each
/// synthetic event takes one of the 148 hand-written articles as its base and gives it four reports each (a random
/// three quarters of its sentences each, plus names and a number of its own), dated across nine years. Grouping a
/// folder includes reading the terms; placing one article uses an <see cref="EventIndex"/> built once.
/// </summary>
[Config(typeof(InProcessShortRun))]
[MemoryDiagnoser]
public class EventGroupingBenchmarks
{
    private List<UnlabelledArticle> _folder = [];

    [Params(1_000, 3_000, 10_000)]
    public int Articles { get; set; }

    [GlobalSetup]
    public void SetUpFolder() => _folder = Synthetic(Articles, seed: 1).Select(x => x.Article).ToList();

    [Benchmark]
    public int GroupFolder() => new EventMatcher().Group(_folder).Count;

    /// <summary><paramref name="count"/> synthetic articles, <paramref name="perEvent"/> per event.</summary>
    public static List<(string Event, UnlabelledArticle Article)> Synthetic(int count, int seed, int perEvent = 4)
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "corpora", "events");
        var bases = Directory.GetFiles(folder, "*.md").Order(StringComparer.Ordinal)
            .Select(f => ArticleParser.Parse(Path.GetFileName(f), File.ReadAllText(f)))
            .Select(a => (a.Metadata.Title ?? "", Sentences: a.Body.Split(". ", StringSplitOptions.RemoveEmptyEntries))).ToList();
        var random = new Random(seed);
        var events = Math.Max(1, count / perEvent);
        var start = new DateOnly(2016, 1, 1).DayNumber;
        var result = new List<(string, UnlabelledArticle)>(count);
        for (var i = 0; i < count; i++)
        {
            var e = i % events;
            var (title, sentences) = bases[e % bases.Count];
            var own = string.Create(CultureInfo.InvariantCulture, $"Officials named Kor{e}ev and Vantr{e}a confirmed {1000 + e} cases at Mill{e}ford.");
            var text = string.Join(". ", sentences.Where(_ => random.NextDouble() < 0.75)) + " " + own;
            var date = DateOnly.FromDayNumber(start + (int)((long)e * 3_300 / events) + random.Next(0, 2));
            result.Add(($"event{e}", new UnlabelledArticle(string.Create(CultureInfo.InvariantCulture, $"a{seed}-{i:D6}"), $"{title} Kor{e}ev", text, date)));
        }

        return result;
    }
}

/// <summary>Placing one new article into a store of 100,000 articles in 10,000 events (terms kept at ingest, index built once).</summary>
[Config(typeof(InProcessShortRun))]
[MemoryDiagnoser]
public class EventPlacementBenchmarks
{
    private EventIndex? _store;
    private UnlabelledArticle? _newArticle;

    [GlobalSetup]
    public void SetUpStore()
    {
        var stored = EventGroupingBenchmarks.Synthetic(100_000, seed: 2, perEvent: 10)
            .Select(x => (x.Event, (DateOnly?)null, x.Article with { Terms = ArticleTerms.Of(x.Article.Title, x.Article.Text) })).ToList();
        _store = new EventIndex(stored);
        _newArticle = EventGroupingBenchmarks.Synthetic(100_000, seed: 3, perEvent: 10)[12_345].Article;
    }

    [Benchmark]
    public string? PlaceOneInto100kStore() => _store!.Place(_newArticle!)?.EventId;
}

/// <summary>
/// The short job (3 warm-ups, 3 iterations) run in process: on the shared 2-core machine building a separate
/// benchmark project timed out, and a 10,000-article grouping outlasts the in-process default timeout.
/// </summary>
public sealed class InProcessShortRun : ManualConfig
{
    public InProcessShortRun() => AddJob(Job.ShortRun.WithToolchain(new InProcessNoEmitToolchain(TimeSpan.FromMinutes(10), logOutput: false)));
}
