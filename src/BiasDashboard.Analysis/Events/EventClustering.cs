namespace BiasDashboard.Analysis.Events;

/// <summary>One article as the grouping sees it: a key that names it, its terms and its date.</summary>
internal sealed record ClusterInput(string Key, ArticleTerms Terms, DateOnly? Date, string? FixedEvent);

/// <summary>
/// The whole grouping of one collection: vectors over the collection's statistics, the neighbour graph from the
/// inverted index, and average-link clustering cut where the corpus says (<see cref="AdaptiveCut"/>). Articles are
/// first put in key order, so the result does not depend on the order they were given in. Articles of one stored
/// event (<see cref="ClusterInput.FixedEvent"/>) start as one group, and two stored events never merge: uploads
/// join them or form new events by the same rule that forms events in a folder.
/// </summary>
internal sealed class EventClustering
{
    private EventClustering(ClusterInput[] inputs, EventSpace space, SparseVector[] vectors, int?[] days,
        Dictionary<(int A, int B), double> edges, double cut, int[] groups)
    {
        Inputs = inputs;
        Space = space;
        Vectors = vectors;
        Days = days;
        Edges = edges;
        Cut = cut;
        Groups = groups;
        Adjacent = new List<(int, double)>[inputs.Length];
        for (var i = 0; i < inputs.Length; i++)
        {
            Adjacent[i] = [];
        }

        foreach (var ((a, b), similarity) in edges.OrderBy(e => e.Key.A).ThenBy(e => e.Key.B))
        {
            Adjacent[a].Add((b, similarity));
            Adjacent[b].Add((a, similarity));
        }

        Members = [];
        for (var i = 0; i < groups.Length; i++)
        {
            if (!Members.TryGetValue(groups[i], out var list))
            {
                Members[groups[i]] = list = [];
            }

            list.Add(i);
        }
    }

    /// <summary>Each article's neighbours with their similarity.</summary>
    public List<(int Other, double Similarity)>[] Adjacent { get; }

    /// <summary>The articles of each group, ascending.</summary>
    public Dictionary<int, List<int>> Members { get; }

    /// <summary>The articles in key order.</summary>
    public ClusterInput[] Inputs { get; }

    public EventSpace Space { get; }

    public SparseVector[] Vectors { get; }

    public int?[] Days { get; }

    /// <summary>Time-weighted cosine of each neighbouring pair (smaller index first).</summary>
    public Dictionary<(int A, int B), double> Edges { get; }

    public double Cut { get; }

    /// <summary>Each article's group, named by the smallest index in it.</summary>
    public int[] Groups { get; }

    public double Similarity(int a, int b) => a == b ? 1 : Edges.GetValueOrDefault(a < b ? (a, b) : (b, a));

    public static EventClustering Run(IEnumerable<ClusterInput> articles, double? cut = null)
    {
        var inputs = articles.OrderBy(a => a.Key, StringComparer.Ordinal).ToArray();
        var space = EventSpace.Of(inputs.Select(a => a.Terms));
        var vectors = inputs.Select(a => space.Vector(a.Terms)).ToArray();
        var days = inputs.Select(a => a.Date?.DayNumber).ToArray();
        var index = new NeighbourIndex(vectors, days, space.Terms);
        var edges = new Dictionary<(int A, int B), double>();
        var nearest = new double[inputs.Length];
        for (var i = 0; i < inputs.Length; i++)
        {
            var neighbours = index.Neighbours(i);
            nearest[i] = neighbours.Count > 0 ? neighbours[0].Similarity : 0;
            foreach (var (other, similarity) in neighbours)
            {
                edges[i < other ? (i, other) : (other, i)] = similarity;
            }
        }

        var fixedIds = inputs.Select(a =>
            a.FixedEvent).OfType<string>().Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        var initial = inputs.Select(a => a.FixedEvent is { } e ? fixedIds.IndexOf(e) : -1).ToArray();
        var chosen = cut ?? AdaptiveCut.Of(nearest);
        var groups = AverageLink.Cluster(inputs.Length, edges, initial, Enumerable.Range(0, fixedIds.Count).ToHashSet(), chosen);
        return new EventClustering(inputs, space, vectors, days, edges, chosen, groups);
    }
}
