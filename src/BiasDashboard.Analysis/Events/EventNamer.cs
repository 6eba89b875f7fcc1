using System.Globalization;

namespace BiasDashboard.Analysis.Events;

/// <summary>
/// A neutral name for a group of articles: the headline words most of its outlets share (a word in one headline
/// only, such as one tabloid's "hypocrite", is never used when several headlines exist), ordered as they read in the
/// headline that holds most of them, with the earliest date. A person edits it before storing.
/// </summary>
internal static class EventNamer
{
    public const int MaxWords = 5;

    public static string Name(IReadOnlyList<(string? Title, ArticleTerms Terms, DateOnly? Date)> members, EventSpace space)
    {
        var headlines = members.Select(m => string.IsNullOrWhiteSpace(m.Title)
            ? [] : EventTerms.Of(null, m.Title).Where(t => !t.Term.Contains(' ', StringComparison.Ordinal)).ToList()).ToList();
        var inHeadlines = new Dictionary<string, int>(StringComparer.Ordinal);
        var surfaces = new Dictionary<string, Dictionary<string, int>>(StringComparer.Ordinal);
        foreach (var terms in headlines)
        {
            foreach (var term in terms)
            {
                inHeadlines[term.Term] = inHeadlines.GetValueOrDefault(term.Term) + 1;
                var forms = surfaces.TryGetValue(term.Term, out var f) ? f : surfaces[term.Term] = new(StringComparer.Ordinal);
                forms[term.Surface] = forms.GetValueOrDefault(term.Surface) + 1;
            }
        }

        var inBodies = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var member in members)
        {
            foreach (var term in member.Terms.Terms.Distinct(StringComparer.Ordinal))
            {
                inBodies[term] = inBodies.GetValueOrDefault(term) + 1;
            }
        }

        var needed = members.Count(m => !string.IsNullOrWhiteSpace(m.Title)) >= 2 ? 2 : 1;
        var chosen = inHeadlines.Where(kv => kv.Value >= needed)
            .Select(kv => (Term: kv.Key,
                Score: (2.0 * kv.Value + inBodies.GetValueOrDefault(kv.Key)) * Math.Max(0.1, IdfOf(space, kv.Key))))
            .OrderByDescending(x => x.Score).ThenBy(x => x.Term, StringComparer.Ordinal)
            .Take(MaxWords).Select(x => x.Term).ToHashSet(StringComparer.Ordinal);
        var earliest = members.Select(m => m.Date).OfType<DateOnly>().DefaultIfEmpty().Min();
        var date = members.Any(m => m.Date is not null)
            ? $" ({earliest.ToString("d MMM yyyy", CultureInfo.InvariantCulture)})" : string.Empty;

        // Fewer than three shared headline words: add the names and terms most of the articles' texts share.
        var extra = chosen.Count >= 3 || members.Count < 2 ? [] : SharedInTexts(members, space, chosen, inBodies, 3 - chosen.Count);
        if (chosen.Count == 0 && extra.Count == 0)
        {
            var title = members.Select(m => m.Title).FirstOrDefault(t => !string.IsNullOrWhiteSpace(t)) ?? "Untitled event";
            return title.Trim() + date;
        }

        // Read the words in the order of the headline holding most of them, so the name reads like a phrase.
        var model = headlines.OrderByDescending(h => h.Count(t => chosen.Contains(t.Term))).First();
        var ordered = model.Where(t => chosen.Contains(t.Term)).Select(t => t.Term).Distinct(StringComparer.Ordinal).ToList();
        ordered.AddRange(chosen.Where(t => !ordered.Contains(t, StringComparer.Ordinal)).Order(StringComparer.Ordinal));
        var name = string.Join(' ', ordered.Select(t => Surface(t, surfaces[t])));
        return (name.Length > 0 && extra.Count > 0 ? name + ": " : name) + string.Join(", ", extra) + date;
    }

    // Terms in at least half of the texts (and two), names and pairs first, rarest first; none already named.
    private static List<string> SharedInTexts(IReadOnlyList<(string? Title, ArticleTerms Terms, DateOnly? Date)> members, EventSpace space,
        HashSet<string> chosen, Dictionary<string, int> inBodies, int count)
    {
        var needed = Math.Max(2, (members.Count + 1) / 2);
        var surfaces = new Dictionary<string, string>(StringComparer.Ordinal);
        var kinds = new Dictionary<string, TermKind>(StringComparer.Ordinal);
        foreach (var member in members)
        {
            for (var n = 0; n < member.Terms.Terms.Count; n++)
            {
                surfaces.TryAdd(member.Terms.Terms[n], member.Terms.Surfaces[n]);
                kinds[member.Terms.Terms[n]] = kinds.GetValueOrDefault(member.Terms.Terms[n]) | member.Terms.Kinds[n];
            }
        }

        var picked = new List<string>();
        foreach (var term in inBodies.Where(kv => kv.Value >= needed && !chosen.Contains(kv.Key) && (kinds[kv.Key] & TermKind.Number) == 0)
            .OrderByDescending(kv => (kinds[kv.Key] & TermKind.Name) != 0 ? 1 : 0)
            .ThenByDescending(kv => kv.Value * IdfOf(space, kv.Key))
            .ThenBy(kv => kv.Key, StringComparer.Ordinal)
            .Select(kv => kv.Key))
        {
            // A word inside a chosen pair, or a pair around a chosen word, says nothing new.
            if (chosen.Concat(picked).Any(p => Overlaps(p, term)))
            {
                continue;
            }

            picked.Add(term);
            if (picked.Count == count)
            {
                break;
            }
        }

        return picked.Select(t => surfaces[t]).ToList();
    }

    private static bool Overlaps(string a, string b) =>
        a == b || (" " + a + " ").Contains(" " + b + " ", StringComparison.Ordinal) ||
            (" " + b + " ").Contains(" " + a + " ", StringComparison.Ordinal);

    private static double IdfOf(EventSpace space, string term)
    {
        var vector = space.Vector(ArticleTerms.FromStored([term], [1f], [TermKind.Word], [term]));
        return vector.Ids.Length == 0 ? 1 : space.Idf(vector.Ids[0]);
    }

    // The most used written form; a shouting ALL-CAPS form only when nothing else was written.
    private static string Surface(string term, Dictionary<string, int> forms)
    {
        var best = forms.OrderBy(f => IsShouting(f.Key) ? 1 : 0).ThenByDescending(f => f.Value).ThenBy(f => f.Key,
            StringComparer.Ordinal).First().Key;
        return IsShouting(best) ? term : best;
    }

    // Acronyms ("ECB", "RMT") stay as written; a longer word in capitals is a shouting headline.
    private static bool IsShouting(string word) => word.Length > 5 && !word.Any(char.IsLower);
}
