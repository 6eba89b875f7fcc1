namespace BiasDashboard.Analysis.Events;

/// <summary>A term an article shares with the rest of its event, with how much it adds to their similarity.</summary>
/// <param name="Text">The term as written ("Nadia Kerr", "221-207", "lead pipes").</param>
/// <param name="Kind">Whether it is a name or a number.</param>
/// <param name="Weight">Its share of the similarity (product of the two TF-IDF weights).</param>
/// <param name="Articles">How many of the event's other articles use it.</param>
public sealed record SharedTerm(string Text, TermKind Kind, double Weight, int Articles);

/// <summary>
/// Why an article goes where it goes, in terms a person can check: its average similarity to the event's other
/// articles (the number the grouping compared with <see cref="Cut"/>), the terms that make them alike, the dates,
/// and the closest event it did not join.
/// </summary>
/// <param name="Similarity">Average time-weighted cosine with the event's other articles (0 to 1); 0 when alone.</param>
/// <param name="Cut">The similarity needed to join an event, as set for this collection.</param>
/// <param name="Shared">The terms contributing most to the similarity, strongest first.</param>
/// <param name="Date">The article's date, if known.</param>
/// <param name="EventFrom">The earliest date among the event's other articles.</param>
/// <param name="EventTo">The latest date among the event's other articles.</param>
/// <param name="ClosestEventId">The closest stored event the article did not join, if that is a stored one.</param>
/// <param name="ClosestNewEvent">The name of the closest proposed new event it did not join, if that is a new one.</param>
/// <param name="ClosestSimilarity">Average similarity to that closest other event (0 when none shares a term).</param>
public sealed record PlacementReason(
    double Similarity, double Cut, IReadOnlyList<SharedTerm> Shared, DateOnly? Date, DateOnly? EventFrom, DateOnly? EventTo,
    string? ClosestEventId, string? ClosestNewEvent, double ClosestSimilarity);

/// <summary>Builds <see cref="PlacementReason"/>s from a finished clustering.</summary>
internal static class EventReasons
{
    public const int MaxTerms = 6;

    /// <summary>Why article <paramref name="article"/> is in its group; <paramref name="groupName"/> names other groups (stored id or new
    /// name).</summary>
    public static PlacementReason For(EventClustering clustering, int article, Func<int, (string? StoredId, string? NewName)> groupName)
    {
        var own = clustering.Groups[article];
        var others = clustering.Members[own].Where(i => i != article).ToList();
        var similarity = others.Count == 0 ? 0 : others.Sum(o => clustering.Similarity(article, o)) / others.Count;
        var dates = others.Select(o => clustering.Inputs[o].Date).OfType<DateOnly>().ToList();

        // The closest other group by the same average.
        var sums = new Dictionary<int, double>();
        foreach (var (other, s) in clustering.Adjacent[article])
        {
            if (clustering.Groups[other] != own)
            {
                sums[clustering.Groups[other]] = sums.GetValueOrDefault(clustering.Groups[other]) + s;
            }
        }

        var closest = sums.Select(kv => (Group: kv.Key, Average: kv.Value / clustering.Members[kv.Key].Count))
            .OrderByDescending(x => x.Average).ThenBy(x => x.Group).FirstOrDefault();
        return new PlacementReason(
            Math.Round(similarity, 3), Math.Round(clustering.Cut, 3), Shared(clustering, article, others), clustering.Inputs[article].Date,
            dates.Count > 0 ? dates.Min() : null, dates.Count > 0 ? dates.Max() : null,
            sums.Count > 0 ? groupName(closest.Group).StoredId : null, sums.Count > 0 ? groupName(closest.Group).NewName : null,
            sums.Count > 0 ? Math.Round(closest.Average, 3) : 0);
    }

    /// <summary>The terms of <paramref name="article"/> weighing most in its similarity to <paramref name="others"/>.</summary>
    public static List<SharedTerm> Shared(EventClustering clustering, int article, IReadOnlyList<int> others)
    {
        if (others.Count == 0)
        {
            return [];
        }

        var vector = clustering.Vectors[article];
        var weightOf = new Dictionary<int, (double Sum, int Count)>();
        foreach (var other in others)
        {
            vector.AddSharedTerms(clustering.Vectors[other], weightOf);
        }

        var surfaces = SurfacesOf(clustering.Inputs[article].Terms);
        var picked = new List<SharedTerm>();
        var pickedKeys = new List<string>();
        foreach (var (id, (sum, count)) in weightOf.OrderByDescending(kv => kv.Value.Sum).ThenBy(kv => kv.Key))
        {
            var term = clustering.Space.TermOf(id);
            // A pair already says what its words say: skip a word inside a chosen pair, and a pair around a chosen word.
            if (pickedKeys.Any(p => HasWord(p, term) || HasWord(term, p)))
            {
                continue;
            }

            pickedKeys.Add(term);
            picked.Add(new SharedTerm(surfaces.GetValueOrDefault(term, term), clustering.Space.KindOf(id),
                Math.Round(sum / others.Count, 4), count));
            if (picked.Count == MaxTerms)
            {
                break;
            }
        }

        return picked;
    }

    private static Dictionary<string, string> SurfacesOf(ArticleTerms terms)
    {
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var n = 0; n < terms.Terms.Count; n++)
        {
            map.TryAdd(terms.Terms[n], terms.Surfaces[n]);
        }

        return map;
    }

    private static bool HasWord(string phrase, string word) =>
        phrase.Length > word.Length && (" " + phrase + " ").Contains(" " + word + " ", StringComparison.Ordinal);
}
