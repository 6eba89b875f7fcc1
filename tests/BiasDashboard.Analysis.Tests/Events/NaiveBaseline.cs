namespace BiasDashboard.Analysis.Tests.Events;

/// <summary>
/// The issue's naive baseline, as scikit-learn would run it: TF-IDF (lower-cased words of two or more letters,
/// smooth idf with its +1, l2 norm; optionally with bigrams), cosine similarity, average-link agglomerative clustering
/// with one distance threshold over all pairs. For comparison only.
/// </summary>
public static class NaiveBaseline
{
    public static Dictionary<string, string> Group(IReadOnlyList<GoldArticle> articles, double threshold, bool bigrams = false)
    {
        var docs = articles.Select(a => Terms($"{a.Title}\n{a.Text}", bigrams)).ToList();
        var df = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var doc in docs)
        {
            foreach (var term in doc.Keys)
            {
                df[term] = df.GetValueOrDefault(term) + 1;
            }
        }

        var n = docs.Count;
        var vectors = docs.Select(d =>
        {
            var v = d.ToDictionary(kv => kv.Key, kv => kv.Value * (Math.Log((1.0 + n) / (1 + df[kv.Key])) + 1), StringComparer.Ordinal);
            var norm = Math.Sqrt(v.Values.Sum(x => x * x));
            return v.ToDictionary(kv => kv.Key, kv => kv.Value / norm, StringComparer.Ordinal);
        }).ToList();
        var sim = new double[n, n];
        for (var i = 0; i < n; i++)
        {
            for (var j = i + 1; j < n; j++)
            {
                sim[i, j] = sim[j, i] = vectors[i].Sum(kv => vectors[j].TryGetValue(kv.Key, out var w) ? kv.Value * w : 0);
            }
        }

        var clusters = Enumerable.Range(0, n).Select(i => new List<int> { i }).ToList();
        while (true)
        {
            var (best, a, b) = (-1.0, -1, -1);
            for (var x = 0; x < clusters.Count; x++)
            {
                for (var y = x + 1; y < clusters.Count; y++)
                {
                    var avg = clusters[x].Sum(i => clusters[y].Sum(j => sim[i, j])) / (clusters[x].Count * clusters[y].Count);
                    if (avg > best)
                    {
                        (best, a, b) = (avg, x, y);
                    }
                }
            }

            if (a < 0 || best < threshold)
            {
                break;
            }

            clusters[a].AddRange(clusters[b]);
            clusters.RemoveAt(b);
        }

        return clusters.SelectMany((c, g) => c.Select(i => (articles[i].Key, g))).ToDictionary(x => x.Key, x => x.g.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparer.Ordinal);
    }

    private static Dictionary<string, int> Terms(string text, bool bigrams)
    {
        var words = System.Text.RegularExpressions.Regex.Matches(text.ToLowerInvariant(), @"\b\w\w+\b", System.Text.RegularExpressions.RegexOptions.None, TimeSpan.FromSeconds(1))
            .Select(m => m.Value).ToList();
        var terms = bigrams ? words.Concat(words.Zip(words.Skip(1), (x, y) => x + " " + y)) : words;
        return terms.GroupBy(t => t, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
    }
}
