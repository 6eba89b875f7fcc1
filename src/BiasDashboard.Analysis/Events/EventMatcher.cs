namespace BiasDashboard.Analysis.Events;

/// <summary>
/// Groups articles into events the way an editor sorts a day's wire into stories: TF-IDF over words, names,
/// numbers and word pairs (headline terms counting double), compared by cosine within a time window of days, and
/// average-link agglomerative clustering cut where the collection's own similarities say (see docs/event-grouping.md
/// for the published methods this follows). One rule serves a folder and a single upload: uploads are clustered
/// together with the stored events' articles, stored events never merge with each other, and an upload that ends up
/// in a stored event's group is suggested for that event. The result does not depend on the order of the input,
/// and every placement carries its reasons. Holds no state between calls.
/// </summary>
public sealed class EventMatcher
{
    /// <summary>Groups unlabelled articles among themselves: each group is a proposed event with a neutral name.</summary>
    public IReadOnlyList<ProposedEvent> Group(IReadOnlyList<UnlabelledArticle> articles) => Plan(articles, []).NewEvents;

    /// <summary>The stored event <paramref name="article"/> would join, with the reasons, or null for a new event.</summary>
    public EventSuggestion? Suggest(UnlabelledArticle article, IReadOnlyList<EventCandidate> events) =>
        Plan([article], events).ToExisting.GetValueOrDefault(article.Key);

    /// <summary>
    /// Places unlabelled <paramref name="articles"/>: each joins the <paramref name="existing"/> event whose group it
    /// ends up in, or a proposed new event (named from the headline words its articles share, dated by the earliest).
    /// </summary>
    public EventPlan Plan(IReadOnlyList<UnlabelledArticle> articles, IReadOnlyList<EventCandidate> existing)
    {
        ArgumentNullException.ThrowIfNull(articles);
        ArgumentNullException.ThrowIfNull(existing);
        var uploads = articles.DistinctBy(a => a.Key, StringComparer.Ordinal).ToList();
        var inputs = uploads.Select(a => new ClusterInput(UploadKey(a.Key), a.Terms ?? ArticleTerms.Of(a.Title, a.Text), a.Date, null))
            .Concat(existing.SelectMany(e => e.Articles.Select((a, n) =>
                new ClusterInput(StoredKey(e.Id, a.Key, n), a.Terms ?? ArticleTerms.Of(a.Title, a.Text), e.Date ?? a.Date, e.Id))))
            .ToList();
        var clustering = EventClustering.Run(inputs);
        var index = clustering.Inputs.Select((input, i) => (input.Key, i)).ToDictionary(x => x.Key, x => x.i, StringComparer.Ordinal);

        // Each group is a stored event (when it holds one) or a new event of uploads only.
        var storedOf = new Dictionary<int, string>();
        foreach (var (group, members) in clustering.Members)
        {
            if (members.Select(m => clustering.Inputs[m].FixedEvent).OfType<string>().FirstOrDefault() is { } id)
            {
                storedOf[group] = id;
            }
        }

        var newGroups = clustering.Members.Where(g => !storedOf.ContainsKey(g.Key))
            .OrderBy(g => g.Value.Select(m => clustering.Inputs[m].Date).OfType<DateOnly>().DefaultIfEmpty(DateOnly.MaxValue).Min())
            .ThenBy(g => clustering.Inputs[g.Key].Key, StringComparer.Ordinal)
            .ToList();
        var byKey = uploads.ToDictionary(u => UploadKey(u.Key), StringComparer.Ordinal);
        var titles = newGroups.ToDictionary(g => g.Key, g => EventNamer.Name(
            g.Value.Select(m => (TitleOf(m), clustering.Inputs[m].Terms, clustering.Inputs[m].Date)).ToList(), clustering.Space));
        string? TitleOf(int m) => byKey.TryGetValue(clustering.Inputs[m].Key, out var upload) ? upload.Title : null;
        (string?, string?) NameOf(int group) => storedOf.TryGetValue(group, out var id) ? (id, null) : (null, titles[group]);

        var toExisting = new Dictionary<string, EventSuggestion>(StringComparer.Ordinal);
        foreach (var upload in uploads)
        {
            var i = index[UploadKey(upload.Key)];
            if (storedOf.TryGetValue(clustering.Groups[i], out var eventId))
            {
                var reason = EventReasons.For(clustering, i, NameOf);
                toExisting[upload.Key] = new EventSuggestion(eventId, reason.Similarity, reason);
            }
        }

        var proposed = newGroups.Select(g =>
        {
            var keys = g.Value.Select(m => byKey[clustering.Inputs[m].Key].Key).ToList();
            var reasons = g.Value.ToDictionary(m => byKey[clustering.Inputs[m].Key].Key, m => EventReasons.For(clustering, m, NameOf),
                StringComparer.Ordinal);
            var date = g.Value.Select(m => clustering.Inputs[m].Date).OfType<DateOnly>().Order().Cast<DateOnly?>().FirstOrDefault();
            return new ProposedEvent(titles[g.Key], date, keys, reasons);
        }).ToList();
        return new EventPlan(toExisting, proposed, Math.Round(clustering.Cut, 3));
    }

    // Upload and stored keys live in one ordering; the prefixes keep them apart and the order stable.
    private static string UploadKey(string key) => "u\u0001" + key;

    private static string StoredKey(string eventId, string key, int n) => $"s\u0001{eventId}\u0001{key}\u0001{n:D6}";
}

/// <summary>An article to place: a key to find it by, its headline, text and date, and its terms when a store kept them.</summary>
public sealed record UnlabelledArticle(string Key, string? Title, string Text, DateOnly? Date, ArticleTerms? Terms = null);

/// <summary>
/// A stored event: its id, name, articles, and the date and description a person gave it. When it has a date, uploads are compared
/// in time with that date, not with its articles' own dates: an article filed under an event may be a later
/// long-read that mentions it, and still the event happened when it happened.
/// </summary>
public sealed record EventCandidate(string Id, string Title, IReadOnlyList<UnlabelledArticle> Articles, DateOnly? Date = null,
    string? Description = null);

/// <summary>The stored event suggested for an article, its similarity to the event's articles (0 to 1) and why.</summary>
public sealed record EventSuggestion(string EventId, double Score, PlacementReason Reason);

/// <summary>Where unlabelled articles go: into stored events (by key) or into proposed new events; <see cref="Cut"/> is the similarity the
/// grouping required.</summary>
public sealed record EventPlan(IReadOnlyDictionary<string, EventSuggestion> ToExisting, IReadOnlyList<ProposedEvent> NewEvents, double Cut);

/// <summary>A new event proposed for a group of articles: a neutral name, the earliest date, the keys and each one's reasons.</summary>
public sealed record ProposedEvent(string Title, DateOnly? Date, IReadOnlyList<string> Keys, IReadOnlyDictionary<string,
    PlacementReason> Reasons);
