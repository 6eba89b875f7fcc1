using BiasDashboard.Analysis.Aggregation;

namespace BiasDashboard.Analysis.Comparison;

/// <summary>
/// Builds the actor table: the most-mentioned actors, and per column how often each is named and the tone of the
/// sentences that name them (all of them, and those in the outlet's own voice).
/// </summary>
internal static class ActorRows
{
    public static List<ActorRow> Build(List<List<AnalysedArticle>> columns, ActorCatalog catalog, int minMentions, int maxActors)
    {
        var all = columns.SelectMany(c => c).SelectMany(a => a.Mentions).ToList();
        var actors = all.GroupBy(m => m.Actor.Id, StringComparer.Ordinal)
            .Where(g => g.Count() >= minMentions)
            .OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal)
            .Take(maxActors)
            .Select(g => (Id: g.Key, Seen: g.First().Actor))
            .ToList();
        // The catalogue's ids are unique by construction (ActorId); a duplicate would still only keep the first, never throw.
        var latest = new Dictionary<string, Actor>(StringComparer.Ordinal);
        foreach (var actor in catalog.Actors)
        {
            latest.TryAdd(actor.Id, actor);
        }

        return actors.Select(a => new ActorRow(latest.GetValueOrDefault(a.Id, a.Seen), all.Count(m => m.Actor.Id == a.Id),
            columns.Select(c => Cell(c, a.Id)).ToList())).ToList();
    }

    private static ActorCell Cell(List<AnalysedArticle> column, string actorId)
    {
        var hits = column.SelectMany(a => a.MentionsOf[actorId].Select(m => (Article: a, m.Sentence))).ToList();
        var sentences = hits.Select(h => (h.Article, h.Sentence)).Distinct().ToList();
        var all = sentences.Select(s => s.Article.Compounds[s.Sentence]).ToList();
        var own = sentences.Where(s => !s.Article.Sentences[s.Sentence].IsMainlyQuoted).Select(s =>
            s.Article.Compounds[s.Sentence]).ToList();
        return new ActorCell(column[0].Source.Column, hits.Count, all.Count == 0 ? null : Statistics.Mean(all),
            own.Count == 0 ? null : Statistics.Mean(own), own.Count,
            sentences.Select(s => new SentenceRef(s.Article.Source.Key, s.Article.Sentences[s.Sentence].Index)).ToList(),
            Statistics.BootstrapMeanInterval95(all, 1000));
    }
}
