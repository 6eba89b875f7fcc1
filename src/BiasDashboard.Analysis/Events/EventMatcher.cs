using System.Collections.Frozen;

namespace BiasDashboard.Analysis.Events;

/// <summary>
/// Suggests which event an article belongs to: TF-IDF cosine similarity between the article and each event's
/// articles (the mean of the cosine with the articles pooled and with the closest one), weighted by how close the dates
/// are. Score = cosine × (0.5 + 0.5 · e^(−days/30)), so a month
/// apart keeps two thirds of the similarity and a year apart about half. At or above <see cref="Threshold"/> the
/// best event is suggested; below it, a new event. The same rule groups a batch of unlabelled articles, oldest first.
/// </summary>
public sealed class EventMatcher
{
    /// <summary>Lowest score that suggests an existing event (tuned on the seeds and the tests' unrelated articles).</summary>
    public const double Threshold = 0.12;

    private static readonly FrozenSet<string> StopWords = (
        "the a an and or but of to in on at for with by from as is was were be been are it its this that these those " +
        "he she they we you i his her their our your them him not no have has had will would could should can may " +
        "said says say also after before over into about than then there which who whom what when where while more " +
        "most some any all one two three new last first just only very much many such other out up down off own same " +
        "so too do does did being because if how why").Split(' ').ToFrozenSet(StringComparer.Ordinal);

    private readonly Dictionary<string, int> _documentFrequency = new(StringComparer.Ordinal);
    private int _documents;

    /// <summary>Counts <paramref name="texts"/> into the corpus the IDF is computed over.</summary>
    public void AddToCorpus(IEnumerable<string> texts)
    {
        foreach (var text in texts)
        {
            _documents++;
            foreach (var term in Terms(text).Distinct(StringComparer.Ordinal))
            {
                _documentFrequency[term] = _documentFrequency.GetValueOrDefault(term) + 1;
            }
        }
    }

    /// <summary>The best event for <paramref name="text"/> published on <paramref name="date"/>, with its score, or null when none reaches the threshold.</summary>
    public EventSuggestion? Suggest(string text, DateOnly? date, IEnumerable<EventCandidate> events) =>
        Best(Vector(text), date, events.Select(e => (e.Id, e.Date, ProfileOf(e.Texts))));

    /// <summary>Groups unlabelled articles into events, oldest first: each joins the best group or starts a new one.</summary>
    public IReadOnlyList<IReadOnlyList<int>> Group(IReadOnlyList<(string Text, DateOnly? Date)> articles)
    {
        var groups = new List<List<int>>();
        var groupVectors = new List<EventProfile>(); // recomputed only for the group that grew
        foreach (var index in Enumerable.Range(0, articles.Count).OrderBy(i => articles[i].Date ?? DateOnly.MaxValue))
        {
            var candidates = groups.Select((g, n) => (n.ToString(System.Globalization.CultureInfo.InvariantCulture),
                g.Select(i => articles[i].Date).FirstOrDefault(d => d is not null), groupVectors[n]));
            var target = Best(Vector(articles[index].Text), articles[index].Date, candidates) is { } match
                ? int.Parse(match.EventId, System.Globalization.CultureInfo.InvariantCulture)
                : -1;
            if (target < 0)
            {
                groups.Add([]);
                groupVectors.Add(new EventProfile([], []));
                target = groups.Count - 1;
            }

            groups[target].Add(index);
            groupVectors[target] = ProfileOf(groups[target].Select(i => articles[i].Text).ToList());
        }

        return groups;
    }

    /// <summary>
    /// Places unlabelled <paramref name="articles"/>: each joins the best <paramref name="existing"/> event when one
    /// reaches <see cref="Threshold"/>; the rest are grouped among themselves (<see cref="Group"/>) into proposed new
    /// events, each titled after its earliest article's headline and dated by it.
    /// </summary>
    public EventPlan Plan(IReadOnlyList<UnlabelledArticle> articles, IReadOnlyList<EventCandidate> existing)
    {
        ArgumentNullException.ThrowIfNull(articles);
        ArgumentNullException.ThrowIfNull(existing);
        var toExisting = new Dictionary<string, EventSuggestion>(StringComparer.Ordinal);
        var rest = new List<UnlabelledArticle>();
        var candidates = existing.Select(e => (e.Id, e.Date, ProfileOf(e.Texts))).ToList();
        foreach (var article in articles)
        {
            if (Best(Vector(article.Text), article.Date, candidates) is { } match)
            {
                toExisting[article.Key] = match;
            }
            else
            {
                rest.Add(article);
            }
        }

        var proposed = Group(rest.Select(a => (a.Text, a.Date)).ToList())
            .Select(g => g.Select(i => rest[i]).ToList())
            .Select(g =>
            {
                var first = g.OrderBy(a => a.Date ?? DateOnly.MaxValue).First();
                return new ProposedEvent(first.Title, first.Date, g.Select(a => a.Key).ToList());
            })
            .ToList();
        return new EventPlan(toExisting, proposed);
    }

    private static EventSuggestion? Best(
        Dictionary<string, double> vector, DateOnly? date, IEnumerable<(string Id, DateOnly? Date, EventProfile Profile)> events)
    {
        var best = events.Select(e => new EventSuggestion(e.Id, Score(vector, date, e.Date, e.Profile)))
            .OrderByDescending(s => s.Score).FirstOrDefault();
        return best is not null && best.Score >= Threshold ? best : null;
    }

    // Half the similarity to the event's articles pooled, half to its closest article: the pool alone is diluted by long
    // articles that cover several events, the closest article alone would chain unrelated stories together.
    private static double Score(Dictionary<string, double> vector, DateOnly? date, DateOnly? eventDate, EventProfile profile)
    {
        var cosine = 0.5 * Cosine(vector, profile.Pooled) + 0.5 * profile.Members.Select(m => Cosine(vector, m)).DefaultIfEmpty(0).Max();
        if (date is not { } d || eventDate is not { } e)
        {
            return cosine * 0.75;
        }

        var days = Math.Abs(d.DayNumber - e.DayNumber);
        return cosine * (0.5 + 0.5 * Math.Exp(-days / 30.0));
    }

    private EventProfile ProfileOf(IReadOnlyList<string> texts) => new(Vector(string.Join('\n', texts)), texts.Select(Vector).ToList());

    private sealed record EventProfile(Dictionary<string, double> Pooled, List<Dictionary<string, double>> Members);

    private Dictionary<string, double> Vector(string text)
    {
        var counts = Terms(text).GroupBy(t => t, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        return counts.ToDictionary(
            kv => kv.Key,
            kv => (1 + Math.Log(kv.Value)) * (Math.Log((1.0 + _documents) / (1 + _documentFrequency.GetValueOrDefault(kv.Key))) + 1),
            StringComparer.Ordinal);
    }

    private static double Cosine(Dictionary<string, double> a, Dictionary<string, double> b)
    {
        var dot = a.Sum(kv => b.TryGetValue(kv.Key, out var w) ? kv.Value * w : 0);
        var norm = Math.Sqrt(a.Values.Sum(v => v * v)) * Math.Sqrt(b.Values.Sum(v => v * v));
        return norm == 0 ? 0 : dot / norm;
    }

    private static IEnumerable<string> Terms(string text) =>
        Framing.WordPart.Of(text).Select(p => p.Key).Where(k => k.Length >= 3 && !StopWords.Contains(k) && !char.IsDigit(k[0]));
}

/// <summary>An existing event: its id, date and its articles' texts.</summary>
public sealed record EventCandidate(string Id, DateOnly? Date, IReadOnlyList<string> Texts);

/// <summary>The suggested event and its score (cosine similarity weighted by date proximity, 0 to 1).</summary>
public sealed record EventSuggestion(string EventId, double Score);

/// <summary>An article without an event: a key to find it by, its headline, text and date.</summary>
public sealed record UnlabelledArticle(string Key, string Title, string Text, DateOnly? Date);

/// <summary>Where unlabelled articles go: into existing events (by key, with the score), or into proposed new events.</summary>
public sealed record EventPlan(IReadOnlyDictionary<string, EventSuggestion> ToExisting, IReadOnlyList<ProposedEvent> NewEvents);

/// <summary>A new event proposed for a group of articles (their keys), titled and dated after the earliest.</summary>
public sealed record ProposedEvent(string Title, DateOnly? Date, IReadOnlyList<string> Keys);
