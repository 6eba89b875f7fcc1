using System.Security.Cryptography;
using System.Text;
using BiasDashboard.Analysis.Events;
using BiasDashboard.Analysis.Ingest;

namespace BiasDashboard.Analysis.Tests.Events;

/// <summary>One article of the event-grouping development corpus with its gold event.</summary>
public sealed record GoldArticle(string File, string Key, string Event, string? Title, string Text, DateOnly? Date, string Outlet);

/// <summary>
/// tests/corpora/events: 148 hand-written articles in 46 events, gold written before the method ran. Articles are
/// keyed by an opaque hash of the file name, so nothing about the gold leaks through the key the method sorts by.
/// </summary>
public static class GroupingCorpus
{
    private static readonly Lazy<IReadOnlyList<GoldArticle>> Loaded = new(Load);

    public static string Root => Path.Combine(AppContext.BaseDirectory, "corpora", "events");

    public static IReadOnlyList<GoldArticle> Articles => Loaded.Value;

    /// <summary>Running stories: each event id that follows another, mapped to the one it follows.</summary>
    public static IReadOnlyDictionary<string, string> Follows()
    {
        var follows = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var line in File.ReadAllLines(Path.Combine(Root, "stories.tsv")).Where(l => !l.StartsWith('#') && !l.StartsWith("story", StringComparison.Ordinal)))
        {
            var events = line.Split('\t')[1].Split(' ');
            for (var n = 1; n < events.Length; n++)
            {
                follows[events[n]] = events[n - 1];
            }
        }

        return follows;
    }

    public static IReadOnlyList<UnlabelledArticle> Unlabelled(IEnumerable<GoldArticle> articles, bool withDates = true) =>
        articles.Select(a => new UnlabelledArticle(a.Key, a.Title, a.Text, withDates ? a.Date : null)).ToList();

    private static List<GoldArticle> Load()
    {
        var gold = File.ReadAllLines(Path.Combine(Root, "gold.tsv")).Skip(1).Select(l => l.Split('\t')).ToDictionary(p => p[0], p => p[1], StringComparer.Ordinal);
        return gold.Keys.Order(StringComparer.Ordinal).Select(file =>
        {
            var parsed = ArticleParser.Parse(file, File.ReadAllText(Path.Combine(Root, "articles", file)));
            var key = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(file)))[..12].ToLowerInvariant();
            return new GoldArticle(file, key, gold[file], parsed.Metadata.Title, parsed.Body, parsed.Metadata.Published, parsed.Metadata.Outlet ?? "");
        }).ToList();
    }
}
