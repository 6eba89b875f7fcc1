using BiasDashboard.Analysis.Framing;

namespace BiasDashboard.Web.Articles;

/// <summary>A sentence's loaded score: the summed weights of its loaded-language matches, and the words matched.</summary>
public sealed record LoadedSentence(SentenceDetail Sentence, double Score, IReadOnlyList<string> Words)
{
    /// <summary>
    /// The article's most loaded sentences, highest first. Weights come from the active lexicon by (category, term);
    /// a match of a term no longer in it counts 1, as it did when stored.
    /// </summary>
    public static IReadOnlyList<LoadedSentence> MostLoaded(ArticleDetail article, FramingLexicon lexicon, int take = 5)
    {
        var loadedCategories = lexicon.Categories.Where(c => c.Group == FramingAnalyzer.LoadedGroup).ToList();
        var weights = loadedCategories
            .SelectMany(c => c.Terms.Select(t => (Key: (c.Id, t.Term.ToLowerInvariant()), t.Weight)))
            .GroupBy(x => x.Key).ToDictionary(g => g.Key, g => g.First().Weight);
        var loaded = loadedCategories.Select(c => c.Id).ToHashSet(StringComparer.Ordinal);
        var matches = article.Framing.Matches.Where(m => m.Option is null && loaded.Contains(m.Category)).OrderBy(m => m.Start).ToList();
        // One sweep over sentences and matches, both in text order, so a long article costs linear time.
        var ranked = new List<LoadedSentence>();
        var at = 0;
        foreach (var s in article.Sentences.OrderBy(s => s.Start))
        {
            while (at < matches.Count && matches[at].Start < s.Start)
            {
                at++;
            }

            var inside = new List<FramingMatchDetail>();
            for (var i = at; i < matches.Count && matches[i].Start < s.End; i++)
            {
                if (matches[i].End <= s.End)
                {
                    inside.Add(matches[i]);
                }
            }

            var score = Math.Round(inside.Sum(m => weights.GetValueOrDefault((m.Category, m.Term.ToLowerInvariant()), 1.0)), 2);
            if (score > 0)
            {
                ranked.Add(new LoadedSentence(s, score, inside.Select(m => m.Text).ToList()));
            }
        }

        return ranked.OrderByDescending(x => x.Score).ThenBy(x => x.Sentence.Index).Take(take).ToList();
    }
}
