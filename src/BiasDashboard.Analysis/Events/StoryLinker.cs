namespace BiasDashboard.Analysis.Events;

/// <summary>One event following an earlier one in a running story (a bill's next vote, a trial's next hearing).</summary>
/// <param name="EventId">The later event.</param>
/// <param name="FollowsId">The earlier event it follows.</param>
/// <param name="Similarity">Cosine of the two events' pooled TF-IDF vectors, dates ignored (0 to 1).</param>
/// <param name="Shared">The terms the two events share most.</param>
public sealed record StoryLink(string EventId, string FollowsId, double Similarity, IReadOnlyList<SharedTerm> Shared);

/// <summary>
/// Links events into running stories, as event threading does (Nallapati, Feng, Peng and Allan 2004): each dated
/// event follows the most similar earlier event within <see cref="MaxDaysBack"/> days when their pooled TF-IDF vectors
/// (dates ignored: the time window is what split them into events) are at least <see cref="MinSimilarity"/> alike.
/// Deterministic: ties go to the later event. It may name an earlier step of the story than the one just before.
/// </summary>
public static class StoryLinker
{
    /// <summary>How far back a running story's previous event may lie.</summary>
    public const int MaxDaysBack = 90;

    /// <summary>Least similarity of two events' pooled vectors to call one the sequel of the other.</summary>
    public const double MinSimilarity = 0.25;

    /// <summary>The "follows" link of every event in <paramref name="events"/> that has one.</summary>
    public static IReadOnlyList<StoryLink> Link(IReadOnlyList<EventCandidate> events)
    {
        ArgumentNullException.ThrowIfNull(events);
        var ordered = events.Where(e => e.Articles.Count > 0).OrderBy(e => e.Id, StringComparer.Ordinal).ToList();
        var terms = ordered.Select(e => e.Articles.Select(a => a.Terms ?? ArticleTerms.Of(a.Title, a.Text)).ToList()).ToList();
        var space = EventSpace.Of(terms.SelectMany(t => t));
        var pooled = terms.Select(t => Pool(t.Select(x => space.Vector(x)).ToList())).ToList();
        var dates = ordered.Select(e => e.Date ?? e.Articles.Select(a => a.Date).OfType<DateOnly>().DefaultIfEmpty().Min()).ToList();
        var dated = ordered.Select(e => e.Date is not null || e.Articles.Any(a => a.Date is not null)).ToList();
        var links = new List<StoryLink>();
        for (var i = 0; i < ordered.Count; i++)
        {
            if (!dated[i])
            {
                continue;
            }

            var best = (Index: -1, Similarity: 0.0);
            for (var j = 0; j < ordered.Count; j++)
            {
                var days = dates[i].DayNumber - dates[j].DayNumber;
                if (j == i || !dated[j] || days <= 0 || days > MaxDaysBack)
                {
                    continue;
                }

                var similarity = pooled[i].Dot(pooled[j]);
                if (similarity > best.Similarity || (similarity == best.Similarity && best.Index >= 0 && dates[j] > dates[best.Index]))
                {
                    best = (j, similarity);
                }
            }

            if (best.Index >= 0 && best.Similarity >= MinSimilarity)
            {
                links.Add(new StoryLink(ordered[i].Id, ordered[best.Index].Id, Math.Round(best.Similarity, 3),
                    Shared(space, pooled[i], pooled[best.Index])));
            }
        }

        return links;
    }

    private static SparseVector Pool(List<SparseVector> vectors)
    {
        var sums = new SortedDictionary<int, double>();
        foreach (var v in vectors)
        {
            for (var n = 0; n < v.Ids.Length; n++)
            {
                sums[v.Ids[n]] = sums.GetValueOrDefault(v.Ids[n]) + v.Weights[n];
            }
        }

        var norm = Math.Sqrt(sums.Values.Sum(x => x * x));
        return norm == 0 ? SparseVector.Empty : new SparseVector(sums.Keys.ToArray(), sums.Values.Select(x => (float)(x / norm)).ToArray());
    }

    private static List<SharedTerm> Shared(EventSpace space, SparseVector a, SparseVector b)
    {
        var products = new List<(int Id, double Weight)>();
        for (int i = 0, j = 0; i < a.Ids.Length && j < b.Ids.Length;)
        {
            if (a.Ids[i] == b.Ids[j])
            {
                products.Add((a.Ids[i], a.Weights[i] * b.Weights[j]));
                i++;
                j++;
            }
            else if (a.Ids[i] < b.Ids[j])
            {
                i++;
            }
            else
            {
                j++;
            }
        }

        return products.OrderByDescending(p => p.Weight).ThenBy(p => p.Id).Take(EventReasons.MaxTerms)
            .Select(p => new SharedTerm(space.TermOf(p.Id), space.KindOf(p.Id), Math.Round(p.Weight, 4), 1)).ToList();
    }
}
