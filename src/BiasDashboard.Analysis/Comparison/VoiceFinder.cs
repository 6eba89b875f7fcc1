using BiasDashboard.Analysis.Text;

namespace BiasDashboard.Analysis.Comparison;

/// <summary>
/// Finds who speaks in an article: every direct quotation with its speaker, and every reported-speech clause whose
/// speaker the text names ("X said (that) …", "…, X said", "according to X, …", "X told Y (that) …"), counting the
/// clause's words minus any quotation inside it (already counted). Who is speaking comes from <see cref="Attribution"/>;
/// names resolve through the event's <see cref="ActorCatalog"/>, so "Ms Ali" and "Rushanara Ali" are one voice. A
/// place or a people is never a speaker, and a quotation whose speaker the text does not name stays unattributed.
/// </summary>
public static class VoiceFinder
{
    /// <summary>The voice passages of <paramref name="text"/>, in order; <paramref name="names"/> are its names when already
    /// found.</summary>
    public static IReadOnlyList<VoicePassage> Find(
        string text, IReadOnlyList<Sentence> sentences, IReadOnlyList<QuoteSpan> quotes, ActorCatalog actors,
            IReadOnlyList<NameMention>? names = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(sentences);
        ArgumentNullException.ThrowIfNull(quotes);
        ArgumentNullException.ThrowIfNull(actors);
        var passages = new List<VoicePassage>();
        var starts = sentences.Select(s => s.Range.Start).ToArray();
        int SentenceAt(int offset) => Math.Max(0, SortedOffsets.LastAtOrBefore(starts, offset));

        var attribution = Attribution.Find(text, sentences, quotes, names ?? NameFinder.Find(text), actors);
        var outer = new List<QuoteSpan>();
        foreach (var quote in quotes.OrderBy(q => q.Range.Start))
        {
            if (outer.Count > 0 && quote.Range.Start < outer[^1].Range.End)
            {
                continue; // a quotation inside a quotation is the outer speaker's words
            }

            outer.Add(quote);
            var words = Tokenizer.CountWords(text, quote.Content);
            if (words > 0)
            {
                var actor = attribution.Quotes.GetValueOrDefault(quote) is { Kind: not ActorKind.Place and not ActorKind.Group } a
                    ? a : null;
                passages.Add(new VoicePassage(actor?.Name, actor?.Id, VoiceKind.Direct, quote.Content, words,
                    sentences.Count == 0 ? 0 : sentences[SentenceAt(quote.Content.Start)].Index));
            }
        }

        foreach (var reported in attribution.Reported)
        {
            var clause = reported.Clause;

            // The outer quotations are ordered and do not overlap: start at the first that ends after the clause starts.
            var quotedInClause = 0;
            for (var i = FirstEndingAfter(outer, clause.Start); i < outer.Count && outer[i].Range.Start < clause.End; i++)
            {
                quotedInClause += Tokenizer.CountWords(text, outer[i].Range);
            }

            var words = Tokenizer.CountWords(text, clause) - quotedInClause;
            if (words >= 2 && reported.Speaker is { Kind: not ActorKind.Place and not ActorKind.Group } actor)
            {
                passages.Add(new VoicePassage(actor.Name, actor.Id, VoiceKind.Reported, clause, words, reported.Sentence));
            }
        }

        return passages.OrderBy(p => p.Range.Start).ToList();
    }

    private static int FirstEndingAfter(List<QuoteSpan> ordered, int offset)
    {
        int lo = 0, hi = ordered.Count;
        while (lo < hi)
        {
            var mid = (lo + hi) / 2;
            if (ordered[mid].Range.End <= offset)
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
