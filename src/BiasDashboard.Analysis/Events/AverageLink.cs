namespace BiasDashboard.Analysis.Events;

/// <summary>
/// Average-link (group-average) agglomerative clustering over a sparse similarity graph, the clustering that did
/// best for retrospective event detection in Yang, Pierce and Carbonell (1998): repeatedly merge the two groups whose
/// articles are most alike on average (pairs not in the graph count as 0) while that average reaches the cut.
/// Unlike joining the group of the single closest article, the average cannot chain a story onto another through
/// one overlapping article. Groups marked fixed (events already stored) never merge with each other.
/// Deterministic: ties go to the groups whose first article (by index) comes first.
/// </summary>
internal static class AverageLink
{
    /// <summary>
    /// Clusters <paramref name="count"/> items. <paramref name="initial"/> gives each item's starting group (items
    /// with the same value start together; -1 alone); <paramref name="fixedGroups"/> holds the starting groups that
    /// may not merge with one another. Returns each item's group, named by the smallest index in it.
    /// </summary>
    public static int[] Cluster(int count, IReadOnlyDictionary<(int A, int B), double> edges, int[]? initial, ISet<int>? fixedGroups,
        double cut)
    {
        var parent = new int[count];
        var size = new int[count];
        var isFixed = new bool[count];
        for (var i = 0; i < count; i++)
        {
            parent[i] = i;
            size[i] = 1;
        }

        if (initial is not null)
        {
            StartGroups(initial, fixedGroups, parent, size, isFixed);
        }

        var links = Links(edges, parent);
        var queue = Queue(links, size, cut);
        while (queue.TryDequeue(out var pair, out var priority))
        {
            var (a, b) = pair;
            if (size[a] == 0 || size[b] == 0 || (isFixed[a] && isFixed[b]))
            {
                continue; // stale: one side already merged away, or two stored events
            }

            var current = links[a].GetValueOrDefault(b) / ((double)size[a] * size[b]);
            if (current != priority.Average)
            {
                continue; // stale: a side grew since this entry was queued
            }

            var merged = Merge(a, b, parent, size, isFixed, links);
            foreach (var (c, sum) in merged.OrderBy(kv => kv.Key))
            {
                Enqueue(queue, Math.Min(a, c), Math.Max(a, c), sum / ((double)size[a] * size[c]), cut);
            }
        }

        var group = new int[count];
        for (var i = 0; i < count; i++)
        {
            group[i] = Find(parent, i);
        }

        return group;
    }

    // Starting groups: named by their smallest item.
    private static void StartGroups(int[] initial, ISet<int>? fixedGroups, int[] parent, int[] size, bool[] isFixed)
    {
        var first = new Dictionary<int, int>();
        for (var i = 0; i < parent.Length; i++)
        {
            if (initial[i] < 0)
            {
                continue;
            }

            if (first.TryGetValue(initial[i], out var root))
            {
                parent[i] = root;
                size[root]++;
                size[i] = 0;
            }
            else
            {
                first[initial[i]] = i;
                isFixed[i] = fixedGroups?.Contains(initial[i]) == true;
            }
        }
    }

    // Sum of similarities between each pair of groups, both ways round.
    private static Dictionary<int, Dictionary<int, double>> Links(IReadOnlyDictionary<(int A, int B), double> edges, int[] parent)
    {
        var links = new Dictionary<int, Dictionary<int, double>>();
        foreach (var ((a, b), similarity) in edges.OrderBy(e => e.Key.A).ThenBy(e => e.Key.B))
        {
            var (x, y) = (parent[a], parent[b]);
            if (x == y)
            {
                continue;
            }

            AddLink(links, x, y, similarity);
            AddLink(links, y, x, similarity);
        }

        return links;
    }

    // Every pair of linked groups at or above the cut, best average first (ties by index, so the order is deterministic).
    private static PriorityQueue<(int A, int B), (double Average, int A, int B)> Queue(
        Dictionary<int, Dictionary<int, double>> links, int[] size, double cut)
    {
        var queue = new PriorityQueue<(int A, int B), (double Average, int A, int B)>(Comparer<(double Average, int A, int B)>.Create(
            (p, q) => p.Average != q.Average ? q.Average.CompareTo(p.Average) : p.A != q.A ? p.A.CompareTo(q.A) : p.B.CompareTo(q.B)));
        foreach (var (a, neighbours) in links)
        {
            foreach (var (b, sum) in neighbours)
            {
                if (a < b)
                {
                    Enqueue(queue, a, b, sum / ((double)size[a] * size[b]), cut);
                }
            }
        }

        return queue;
    }

    // Merges b into a (a is the smaller index, so the name stays the smallest item); a's links, summed with b's, are returned.
    private static Dictionary<int,
        double> Merge(int a, int b, int[] parent, int[] size, bool[] isFixed, Dictionary<int, Dictionary<int, double>> links)
    {
        parent[b] = a;
        size[a] += size[b];
        size[b] = 0;
        isFixed[a] |= isFixed[b];
        var merged = links[a];
        merged.Remove(b);
        if (links.Remove(b, out var fromB))
        {
            foreach (var (c, sum) in fromB)
            {
                if (c == a)
                {
                    continue;
                }

                merged[c] = merged.GetValueOrDefault(c) + sum;
                var back = links[c];
                back.Remove(b);
                back[a] = merged[c];
            }
        }

        return merged;
    }

    private static void Enqueue(PriorityQueue<(int A, int B), (double Average, int A, int B)> queue, int a, int b, double average,
        double cut)
    {
        if (average >= cut)
        {
            queue.Enqueue((a, b), (average, a, b));
        }
    }

    private static void AddLink(Dictionary<int, Dictionary<int, double>> links, int from, int to, double similarity)
    {
        if (!links.TryGetValue(from, out var map))
        {
            links[from] = map = [];
        }

        map[to] = map.GetValueOrDefault(to) + similarity;
    }

    private static int Find(int[] parent, int i)
    {
        while (parent[i] != i)
        {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }

        return i;
    }
}
