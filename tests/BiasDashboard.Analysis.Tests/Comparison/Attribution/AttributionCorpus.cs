namespace BiasDashboard.Analysis.Tests.Comparison.Attribution;

/// <summary>An actor of an event as the gold names it: kind (person, org, party, place, group), canonical name, aliases.</summary>
public sealed record GoldActor(string Kind, string Name, IReadOnlyList<string> Aliases)
{
    public IEnumerable<string> Names => Aliases.Prepend(Name);
}

/// <summary>A numeric fact several outlets state, with each outlet's value as written, and whether they disagree.</summary>
public sealed record GoldFact(string What, IReadOnlyDictionary<string, string> Values, bool Differ);

/// <summary>A quotation (<see cref="Direct"/>) or reported-speech clause, found by a verbatim anchor; null speaker when the text names none.</summary>
public sealed record GoldVoice(bool Direct, string Anchor, string? Speaker);

public sealed record GoldArticle(string Outlet, string Country, string Style, string Text, IReadOnlyList<GoldVoice> Voices);

public sealed record GoldEvent(string Id, string Title, IReadOnlyList<GoldActor> Actors, IReadOnlyList<GoldFact> Facts, IReadOnlyList<GoldArticle> Articles);

/// <summary>Reads tests/corpora/attribution (format in its README.md).</summary>
public static class AttributionCorpus
{
    public static readonly Lazy<IReadOnlyList<GoldEvent>> All = new(() =>
        Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "corpora", "attribution"), "events-*.txt")
            .Order(StringComparer.Ordinal).SelectMany(f => Parse(File.ReadAllText(f))).ToList());

    public static IEnumerable<GoldEvent> Parse(string file)
    {
        GoldEvent? current = null;
        List<GoldActor> actors = [];
        List<GoldFact> facts = [];
        List<GoldArticle> articles = [];
        (string Outlet, string Country, string Style)? article = null;
        List<string> lines = [];
        List<GoldVoice> voices = [];

        void FlushArticle()
        {
            if (article is { } a)
            {
                articles.Add(new GoldArticle(a.Outlet, a.Country, a.Style, string.Join('\n', lines).Trim() + "\n", voices));
            }

            article = null;
            lines = [];
            voices = [];
        }

        GoldEvent? FlushEvent()
        {
            FlushArticle();
            var done = current is null ? null : current with { Actors = actors, Facts = facts, Articles = articles };
            actors = [];
            facts = [];
            articles = [];
            return done;
        }

        foreach (var raw in file.Split('\n'))
        {
            var line = raw.TrimEnd('\r');
            if (line.StartsWith("### EVENT ", StringComparison.Ordinal))
            {
                if (FlushEvent() is { } done)
                {
                    yield return done;
                }

                var parts = Split(line["### EVENT ".Length..]);
                current = new GoldEvent(parts[0], parts[1], [], [], []);
            }
            else if (line.StartsWith("--- ARTICLE ", StringComparison.Ordinal))
            {
                FlushArticle();
                var parts = Split(line["--- ARTICLE ".Length..]);
                article = (parts[0], parts[1], parts[2]);
            }
            else if (article is null && line.StartsWith("A ", StringComparison.Ordinal) || line.StartsWith("@A ", StringComparison.Ordinal))
            {
                var parts = Split(line[(line.IndexOf(' ', StringComparison.Ordinal) + 1)..]);
                actors.Add(new GoldActor(parts[0], parts[1], parts[2..]));
            }
            else if (article is null && line.StartsWith("F ", StringComparison.Ordinal))
            {
                var parts = Split(line[2..]);
                var values = parts[1..^1].Select(p => p.Split('=', 2)).ToDictionary(p => p[0].Trim(), p => p[1].Trim(), StringComparer.Ordinal);
                facts.Add(new GoldFact(parts[0], values, parts[^1] == "differ"));
            }
            else if (article is not null && (line.StartsWith("@Q ", StringComparison.Ordinal) || line.StartsWith("@R ", StringComparison.Ordinal)))
            {
                var arrow = line.LastIndexOf("=>", StringComparison.Ordinal);
                var speaker = line[(arrow + 2)..].Trim();
                voices.Add(new GoldVoice(line[1] == 'Q', line[3..arrow].Trim(), speaker == "-" ? null : speaker));
            }
            else if (article is not null)
            {
                lines.Add(line);
            }
        }

        if (FlushEvent() is { } last)
        {
            yield return last;
        }
    }

    private static string[] Split(string line) => line.Split('|', StringSplitOptions.TrimEntries);
}
