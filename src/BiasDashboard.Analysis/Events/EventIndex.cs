namespace BiasDashboard.Analysis.Events;

/// <summary>
/// A store's articles indexed once for placing new articles one at a time (an archive of 100,000 articles in 10,000
/// events): term statistics, unit vectors and an inverted index by term and date, built from the terms the store kept
/// (<see cref="ArticleTerms"/>). <see cref="Place"/> reads only the postings of the new article's distinctive terms
/// within the time window, then applies the grouping's rule: the average similarity to an event's articles (pairs
/// not retrieved count as 0) must reach the cut, which is read from a sample of the store as in a folder.
/// </summary>
public sealed class EventIndex
{
    /// <summary>Most stored articles sampled to read the cut from.</summary>
    public const int CutSample = 2_000;

    private readonly EventSpace _space;
    private readonly SparseVector[] _vectors;
    private readonly int?[] _days;
    private readonly string[] _eventOf;
    private readonly Dictionary<string, int> _sizes;
    private readonly NeighbourIndex _index;

    /// <summary>Indexes <paramref name="stored"/>: each article with its event and (when set) the event's date, which then decides time
    /// distance.</summary>
    public EventIndex(IReadOnlyList<(string EventId, DateOnly? EventDate, UnlabelledArticle Article)> stored)
    {
        ArgumentNullException.ThrowIfNull(stored);
        var ordered = stored.OrderBy(s => s.EventId, StringComparer.Ordinal).ThenBy(s => s.Article.Key, StringComparer.Ordinal).ToArray();
        var terms = ordered.Select(s => s.Article.Terms ?? ArticleTerms.Of(s.Article.Title, s.Article.Text)).ToArray();
        _space = EventSpace.Of(terms);
        _vectors = terms.Select(t => _space.Vector(t)).ToArray();
        _days = ordered.Select(s => (s.EventDate ?? s.Article.Date)?.DayNumber).ToArray();
        _eventOf = ordered.Select(s => s.EventId).ToArray();
        _sizes = _eventOf.GroupBy(e => e, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        _index = new NeighbourIndex(_vectors, _days, _space.Terms);
        var step = Math.Max(1, ordered.Length / CutSample);
        var nearest = Enumerable.Range(0, ordered.Length).Where(i => i % step == 0)
            .Select(i => _index.Neighbours(i) is { Count: > 0 } n ? n[0].Similarity : 0).ToList();
        Cut = AdaptiveCut.Of(nearest);
    }

    /// <summary>The similarity an article needs, on average, to join a stored event.</summary>
    public double Cut { get; }

    /// <summary>The stored event <paramref name="article"/> joins, with its similarity and the shared terms, or null for a new
    /// event.</summary>
    public EventSuggestion? Place(UnlabelledArticle article)
    {
        ArgumentNullException.ThrowIfNull(article);
        var vector = _space.Vector(article.Terms ?? ArticleTerms.Of(article.Title, article.Text), asNewMember: true);
        var sums = new Dictionary<string, (double Sum, List<int> Members)>(StringComparer.Ordinal);
        foreach (var (other, similarity) in _index.Neighbours(vector, article.Date?.DayNumber))
        {
            var (sum, members) = sums.TryGetValue(_eventOf[other], out var found) ? found : (0, []);
            members.Add(other);
            sums[_eventOf[other]] = (sum + similarity, members);
        }

        var ranked = sums.Select(kv => (Event: kv.Key, Average: kv.Value.Sum / _sizes[kv.Key], kv.Value.Members))
            .OrderByDescending(x => x.Average).ThenBy(x => x.Event, StringComparer.Ordinal).ToList();
        if (ranked.Count == 0 || ranked[0].Average < Cut)
        {
            return null;
        }

        var best = ranked[0];
        var dates = best.Members.Select(m => _days[m]).OfType<int>().Select(DateOnly.FromDayNumber).ToList();
        var reason = new PlacementReason(Math.Round(best.Average, 3), Math.Round(Cut, 3), Shared(vector, best.Members, _sizes[best.Event]),
            article.Date,
            dates.Count > 0 ? dates.Min() : null, dates.Count > 0 ? dates.Max() : null,
            ranked.Count > 1 ? ranked[1].Event : null, null, ranked.Count > 1 ? Math.Round(ranked[1].Average, 3) : 0);
        return new EventSuggestion(best.Event, reason.Similarity, reason);
    }

    private List<SharedTerm> Shared(SparseVector vector, List<int> members, int size)
    {
        var weights = new Dictionary<int, (double Sum, int Count)>();
        foreach (var m in members)
        {
            vector.AddSharedTerms(_vectors[m], weights);
        }

        return weights.OrderByDescending(kv => kv.Value.Sum).ThenBy(kv => kv.Key).Take(EventReasons.MaxTerms)
            .Select(kv => new SharedTerm(_space.TermOf(kv.Key), _space.KindOf(kv.Key), Math.Round(kv.Value.Sum / size, 4),
                kv.Value.Count)).ToList();
    }
}
