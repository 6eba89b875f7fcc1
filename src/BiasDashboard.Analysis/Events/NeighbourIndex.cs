namespace BiasDashboard.Analysis.Events;

/// <summary>
/// How much a date gap lowers the similarity of two articles: one event is reported within days, so within
/// <see cref="SameDays"/> nothing changes, after that the similarity halves about every three days, and beyond
/// <see cref="MaxDays"/> two articles cannot report one event (the time window of Yang, Pierce and Carbonell 1998).
/// When either date is unknown the text decides alone.
/// </summary>
internal static class TimeWindow
{
    public const int SameDays = 3;
    public const double DecayDays = 4;
    public const int MaxDays = 14;

    public static double Factor(int? a, int? b)
    {
        if (a is not { } x || b is not { } y)
        {
            return 1;
        }

        var days = Math.Abs(x - y);
        return days <= SameDays ? 1 : days > MaxDays ? 0 : Math.Exp(-(days - SameDays) / DecayDays);
    }
}

/// <summary>
/// Finds each article's most similar articles without comparing it with every other: an inverted index from term to
/// the articles holding it, sorted by date, read only within the time window, and only for terms rare enough to
/// tell events apart (the others add little to a cosine). Candidates are then scored exactly. Cost per query is the
/// length of the postings it reads, not the size of the store.
/// </summary>
internal sealed class NeighbourIndex
{
    /// <summary>Most neighbours kept per article; pairs beyond them count as dissimilar.</summary>
    public const int MaxNeighbours = 40;

    /// <summary>Smallest similarity worth keeping as an edge.</summary>
    public const double MinSimilarity = 0.01;

    private readonly SparseVector[] _vectors;
    private readonly int?[] _days;
    private readonly int[][] _datedPostings;   // per term: articles with a date, ascending by (day, index)
    private readonly int[][] _undatedPostings; // per term: articles without a date, ascending by index
    private readonly int _maxPostings;

    public NeighbourIndex(SparseVector[] vectors, int?[] days, int terms)
    {
        _vectors = vectors;
        _days = days;
        var dated = new List<int>[terms];
        var undated = new List<int>[terms];
        var order = Enumerable.Range(0, vectors.Length).OrderBy(i => days[i] ?? int.MinValue).ThenBy(i => i).ToArray();
        foreach (var i in order)
        {
            foreach (var id in vectors[i].Ids)
            {
                var list = days[i] is null ? (undated[id] ??= []) : (dated[id] ??= []);
                list.Add(i);
            }
        }

        _datedPostings = dated.Select(l => l?.ToArray() ?? []).ToArray();
        _undatedPostings = undated.Select(l => l?.ToArray() ?? []).ToArray();
        _maxPostings = Math.Max(200, vectors.Length / 25);
    }

    /// <summary>The most similar articles to article <paramref name="query"/> (time-weighted cosine), best first, ties by index.</summary>
    public List<(int Other, double Similarity)> Neighbours(int query) => Neighbours(_vectors[query], _days[query], query);

    /// <summary>The most similar stored articles to a vector that is not in the index.</summary>
    public List<(int Other, double Similarity)> Neighbours(SparseVector vector, int? day, int self = -1)
    {
        var touched = new HashSet<int>();
        foreach (var id in vector.Ids)
        {
            var all = _datedPostings[id].Length + _undatedPostings[id].Length;
            if (all > _maxPostings)
            {
                continue; // a common term: it finds too many articles to say which are alike
            }

            foreach (var other in _undatedPostings[id])
            {
                touched.Add(other);
            }

            var postings = _datedPostings[id];
            var (from, to) = day is { } d
                ? (LowerBound(postings, d - TimeWindow.MaxDays), LowerBound(postings, d + TimeWindow.MaxDays + 1)) : (0, postings.Length);
            for (var n = from; n < to; n++)
            {
                touched.Add(postings[n]);
            }
        }

        touched.Remove(self);
        var scored = new List<(int Other, double Similarity)>(touched.Count);
        foreach (var other in touched)
        {
            var similarity = vector.Dot(_vectors[other]) * TimeWindow.Factor(day, _days[other]);
            if (similarity >= MinSimilarity)
            {
                scored.Add((other, similarity));
            }
        }

        scored.Sort((x, y) => y.Similarity != x.Similarity ? y.Similarity.CompareTo(x.Similarity) : x.Other.CompareTo(y.Other));
        if (scored.Count > MaxNeighbours)
        {
            scored.RemoveRange(MaxNeighbours, scored.Count - MaxNeighbours);
        }

        return scored;
    }

    private int LowerBound(int[] postings, int day)
    {
        int lo = 0, hi = postings.Length;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (_days[postings[mid]]!.Value < day)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }
}
