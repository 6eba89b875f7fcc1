namespace BiasDashboard.Analysis.Comparison;

/// <summary>
/// Builds a ledger row for a fact the teacher wrote down: a column states it when a sentence holds all its terms,
/// and contradicts it when a sentence holds its contradicting terms and none states it.
/// </summary>
internal static class TeacherFacts
{
    public static FactRow Row(LedgerFact fact, List<List<AnalysedArticle>> columns, List<string> names)
    {
        var cells = columns.Select((column, i) =>
        {
            var states = TermMatches(column, fact.Terms);
            var contradicts = fact.ContradictTerms.Count == 0 ? [] : TermMatches(column, fact.ContradictTerms);
            var status = contradicts.Count > 0 && states.Count == 0 ? FactStatus.Contradicts
                : states.Count > 0 ? FactStatus.States
                : FactStatus.Omits;
            var evidence = status == FactStatus.Contradicts ? contradicts : states;
            return new FactCell(names[i], status, [], evidence);
        }).ToList();
        return new FactRow("teacher:" + fact.Id, fact.Statement, null, cells.Any(c => c.Status == FactStatus.Contradicts), true, cells);
    }

    // Each term is a word or phrase; its words match words that start with them, in order ("voted against" matches "voted against").
    private static List<FactEvidence> TermMatches(List<AnalysedArticle> column, IReadOnlyList<string> terms)
    {
        var wanted = terms.Select(t => Framing.WordPart.Of(t).Select(p => p.Key).ToList()).Where(t => t.Count > 0).ToList();
        if (wanted.Count == 0)
        {
            return [];
        }

        var found = new List<FactEvidence>();
        foreach (var article in column)
        {
            foreach (var sentence in article.Sentences)
            {
                var text = article.Source.Body.Substring(sentence.Range.Start, sentence.Range.Length);
                var words = Framing.WordPart.Of(text).Select(p => p.Key).ToList();
                if (wanted.All(phrase => ContainsPhrase(words, phrase)))
                {
                    found.Add(new FactEvidence(article.Source.Key, sentence.Index, sentence.Range.Start, sentence.Range.Length, text,
                        sentence.IsMainlyQuoted));
                }
            }
        }

        return found;
    }

    private static bool ContainsPhrase(List<string> words, List<string> phrase) =>
        Enumerable.Range(0, Math.Max(0, words.Count - phrase.Count + 1))
            .Any(i => phrase.Select((w, j) => words[i + j].StartsWith(w, StringComparison.Ordinal)).All(x => x));
}
