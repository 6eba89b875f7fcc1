using BiasDashboard.Analysis.Events;
using BiasDashboard.Analysis.Ingest;
using BiasDashboard.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace BiasDashboard.Web.Events;

/// <summary>
/// Places uploads that come without an event (<see cref="EventMatcher"/>): each joins the stored event it is most
/// like when the score reaches <see cref="EventMatcher.Threshold"/>, and the rest are grouped among themselves into
/// proposed new events. The candidates are the 100 stored events nearest in date to the uploads, each represented
/// by up to 20 of its articles, so placing stays fast on a large database.
/// </summary>
public sealed class EventPlanner(BiasDbContext db)
{
    private const int MaxEvents = 100;
    private const int MaxArticlesPerEvent = 20;

    public async Task<IReadOnlyList<Placement>> PlaceAsync(IReadOnlyList<(string Key, ArticleText Article)> items, CancellationToken ct)
    {
        if (items.Count == 0)
        {
            return [];
        }

        var dates = items.Select(i => i.Article.Metadata.Published).OfType<DateOnly>().ToList();
        var middle = dates.Count == 0 ? DateOnly.FromDateTime(DateTime.UtcNow) : dates.OrderBy(d => d.DayNumber).ElementAt(dates.Count / 2);
        var events = (await db.Events.AsNoTracking().Select(e => new { e.Id, e.Title, e.Date, e.Description }).ToListAsync(ct))
            .OrderBy(e => e.Date is { } d ? Math.Abs(d.DayNumber - middle.DayNumber) : int.MaxValue)
            .Take(MaxEvents).ToList();
        var ids = events.Select(e => e.Id).ToList();
        var links = (await db.ArticlesOfEvents(ids).AsNoTracking()
                .Select(a => new { a.Id, Events = a.Events.Select(e => e.Id).ToList() })
                .ToListAsync(ct))
            .SelectMany(a => a.Events.Where(ids.Contains).Select(e => new { EventId = e, ArticleId = a.Id }))
            .ToList();
        var chosen = links.GroupBy(l => l.EventId)
            .ToDictionary(g => g.Key, g => g.Select(l => l.ArticleId).OrderDescending().Take(MaxArticlesPerEvent).ToList());
        var articleIds = chosen.Values.SelectMany(x => x).Distinct().ToList();
        var bodies = await db.Articles.AsNoTracking().Where(a => articleIds.Contains(a.Id)).Select(a => new { a.Id, a.Body }).ToDictionaryAsync(a => a.Id, a => a.Body, ct);
        var texts = chosen.ToDictionary(kv => kv.Key, kv => kv.Value.Select(id => bodies[id]).ToList(), StringComparer.Ordinal);

        var matcher = new EventMatcher();
        matcher.AddToCorpus(texts.Values.SelectMany(t => t).Concat(items.Select(i => i.Article.Body)));
        var plan = matcher.Plan(
            items.Select(i => new UnlabelledArticle(i.Key, i.Article.Metadata.Title ?? i.Key, i.Article.Body, i.Article.Metadata.Published)).ToList(),
            // The event's own title and description count as one of its texts: they say what the event is, whatever else its articles cover.
            events.Where(e => texts.ContainsKey(e.Id)).Select(e => new EventCandidate(e.Id, e.Date, [$"{e.Title}\n{e.Description}", .. texts[e.Id]])).ToList());
        var titles = events.ToDictionary(e => e.Id, e => e.Title, StringComparer.Ordinal);
        var groupOf = plan.NewEvents.SelectMany((g, n) => g.Keys.Select(k => (k, n))).ToDictionary(x => x.k, x => x.n, StringComparer.Ordinal);
        return items.Select(i =>
        {
            if (plan.ToExisting.TryGetValue(i.Key, out var match))
            {
                return new Placement(i.Key, new SuggestedEvent(match.EventId, titles[match.EventId], Math.Round(match.Score, 3)), null, null);
            }

            var group = groupOf[i.Key];
            return new Placement(i.Key, null, Clip(plan.NewEvents[group].Title, 300), group);
        }).ToList();
    }

    private static string Clip(string text, int max) => text.Length <= max ? text : text[..max];
}

/// <summary>
/// Where an upload goes: an existing event (with its similarity score, 0 to 1), or a proposed new event with a title;
/// uploads with the same <see cref="NewGroup"/> were grouped together.
/// </summary>
public sealed record Placement(string Key, SuggestedEvent? Existing, string? NewEventTitle, int? NewGroup);

/// <summary>An existing event suggested for an upload, with the score that chose it.</summary>
public sealed record SuggestedEvent(string EventId, string Title, double Score);
