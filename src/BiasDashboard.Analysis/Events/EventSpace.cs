namespace BiasDashboard.Analysis.Events;

/// <summary>A TF-IDF vector of unit length: term ids ascending with their weights, so a cosine is one merge pass.</summary>
internal sealed class SparseVector(int[] ids, float[] weights)
{
    public static readonly SparseVector Empty = new([], []);

    public int[] Ids { get; } = ids;

    public float[] Weights { get; } = weights;

    public double Dot(SparseVector other)
    {
        double sum = 0;
        int i = 0, j = 0;
        var a = Ids;
        var b = other.Ids;
        while (i < a.Length && j < b.Length)
        {
            if (a[i] == b[j])
            {
                sum += Weights[i++] * other.Weights[j++];
            }
            else if (a[i] < b[j])
            {
                i++;
            }
            else
            {
                j++;
            }
        }

        return sum;
    }

    /// <summary>
    /// The merge pass of <see cref="Dot"/>, keeping each shared term's product: adds it to the term's running sum in
    /// <paramref name="shared"/> and counts one more vector sharing the term (the reasons shown for a grouping).
    /// </summary>
    public void AddSharedTerms(SparseVector other, Dictionary<int, (double Sum, int Count)> shared)
    {
        int i = 0, j = 0;
        while (i < Ids.Length && j < other.Ids.Length)
        {
            if (Ids[i] == other.Ids[j])
            {
                var (sum, count) = shared.GetValueOrDefault(Ids[i]);
                shared[Ids[i]] = (sum + (Weights[i] * other.Weights[j]), count + 1);
                i++;
                j++;
            }
            else if (Ids[i] < other.Ids[j])
            {
                i++;
            }
            else
            {
                j++;
            }
        }
    }
}

/// <summary>
/// The term statistics of one collection and the vectors it gives its articles. Weight of a term:
/// (1 + ln tf) × idf × boost, with sublinear tf (Salton and Buckley 1988), idf = ln((N + prior) / (df + 1)) — smoothed but
/// without scikit-learn's "+1" floor, so a word found in nearly every article weighs nearly nothing — and a boost for
/// names and numbers, which identify one event where topic words are shared by many (the named-entity features of
/// Miranda et al. 2018). <see cref="PriorDocuments"/> stands in for the unrelated news a small upload is not shown with.
/// </summary>
internal sealed class EventSpace
{
    /// <summary>Unrelated documents assumed besides the collection, so three articles alone still share meaningful terms.</summary>
    public const double PriorDocuments = 20;

    public const float NameBoost = 1.25f;
    public const float NumberBoost = 1.3f;

    private readonly Dictionary<string, int> _ids = new(StringComparer.Ordinal);
    private readonly List<int> _documentFrequency = [];
    private readonly List<TermKind> _kinds = [];
    private readonly List<string> _terms = [];

    public int Documents { get; private set; }

    public int Terms => _terms.Count;

    public static EventSpace Of(IEnumerable<ArticleTerms> articles)
    {
        var space = new EventSpace();
        foreach (var article in articles)
        {
            space.Add(article);
        }

        return space;
    }

    public void Add(ArticleTerms article)
    {
        ArgumentNullException.ThrowIfNull(article);
        Documents++;
        for (var n = 0; n < article.Terms.Count; n++)
        {
            var id = IdOf(article.Terms[n]);
            _documentFrequency[id]++;
            _kinds[id] |= article.Kinds[n];
        }
    }

    public int DocumentFrequency(int id) => _documentFrequency[id];

    public string TermOf(int id) => _terms[id];

    public TermKind KindOf(int id) => _kinds[id];

    public double Idf(int id) => Math.Log((Documents + PriorDocuments) / (_documentFrequency[id] + 1.0));

    /// <summary>
    /// The vector of an article counted into this collection; with <paramref name="asNewMember"/>, of an article not
    /// counted yet, weighted as if it had been (its terms one document more frequent, its own unseen terms in the norm),
    /// so placing one article against a built index weighs it as the folder clustering would.
    /// </summary>
    public SparseVector Vector(ArticleTerms article, bool asNewMember = false)
    {
        ArgumentNullException.ThrowIfNull(article);
        var pairs = new List<(int Id, float Weight)>(article.Terms.Count);
        double norm2 = 0;
        var extra = asNewMember ? 1 : 0;
        for (var n = 0; n < article.Terms.Count; n++)
        {
            var known = _ids.TryGetValue(article.Terms[n], out var id);
            var kind = known ? _kinds[id] | article.Kinds[n] : article.Kinds[n];
            var boost = (kind & TermKind.Name) != 0 ? NameBoost : (kind & TermKind.Number) != 0 ? NumberBoost : 1f;
            var df = (known ? _documentFrequency[id] : 0) + extra;
            if (df == 0)
            {
                continue;
            }

            var weight = (1 + Math.Log(article.Counts[n])) * Math.Log((Documents + extra + PriorDocuments) / (df + 1.0)) * boost;
            if (weight > 0)
            {
                norm2 += weight * weight;
                if (known)
                {
                    pairs.Add((id, (float)weight)); // an unseen term weighs in the norm but is shared with no stored article
                }
            }
        }

        pairs.Sort((x, y) => x.Id.CompareTo(y.Id));
        var norm = Math.Sqrt(norm2);
        return norm == 0
            ? SparseVector.Empty
            : new SparseVector(pairs.Select(p => p.Id).ToArray(), pairs.Select(p => (float)(p.Weight / norm)).ToArray());
    }

    private int IdOf(string term)
    {
        if (!_ids.TryGetValue(term, out var id))
        {
            id = _terms.Count;
            _ids[term] = id;
            _terms.Add(term);
            _documentFrequency.Add(0);
            _kinds.Add(TermKind.Word);
        }

        return id;
    }
}
