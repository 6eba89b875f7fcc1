using BiasDashboard.Analysis.Events;
using BiasDashboard.Analysis.Ingest;
using BiasDashboard.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace BiasDashboard.Web.Events;

/// <summary>
/// Places uploads that come without an event (<see cref="EventMatcher"/>): the uploads are grouped together with the
/// stored events' articles by one rule, so an upload joins the stored event whose articles it is most like on
/// average, or a proposed new event with the uploads that report the same thing. The candidates are the stored events
/// nearest in date to the uploads (<see cref="MaxEvents"/>), each represented by its latest
/// <see cref="MaxArticlesPerEvent"/> articles, so placing stays fast on a large database.
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

        var dates = items.Select(i => i.Article.Metadata.Published).OfType<DateOnly>().Select(d => d.DayNumber).Order().ToList();
        var today = DateOnly.FromDateTime(DateTime.UtcNow).DayNumber;
        // Distance of an event from the uploads: to the nearest upload date (today when no upload has a date).
        int Distance(DateOnly? date)
        {
            if (date is not { } d)
            {
                return int.MaxValue;
            }

            if (dates.Count == 0)
            {
                return Math.Abs(d.DayNumber - today);
            }

            var at = dates.BinarySearch(d.DayNumber);
            if (at >= 0)
            {
                return 0;
            }

            at = ~at;
            return Math.Min(at < dates.Count ? dates[at] - d.DayNumber : int.MaxValue, at > 0 ? d.DayNumber - dates[at - 1] : int.MaxValue);
        }

        var events = (await db.Events.AsNoTracking().Select(e => new { e.Id, e.Title, e.Date, e.Description }).ToListAsync(ct))
            .OrderBy(e => Distance(e.Date)).ThenBy(e => e.Id, StringComparer.Ordinal)
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
        var stored = await db.Articles.AsNoTracking().Where(a => articleIds.Contains(a.Id))
            .Select(a => new { a.Id, a.Title, a.Body, a.Published })
            .ToDictionaryAsync(a => a.Id, a => new UnlabelledArticle(a.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), a.Title, a.Body, a.Published), ct);

        var plan = new EventMatcher().Plan(
            items.Select(i => new UnlabelledArticle(i.Key, i.Article.Metadata.Title, i.Article.Body, i.Article.Metadata.Published)).ToList(),
            events.Where(e => chosen.ContainsKey(e.Id)).Select(e => new EventCandidate(e.Id, e.Title, chosen[e.Id].Select(id => stored[id]).ToList(), e.Date, e.Description)).ToList());
        var titles = events.ToDictionary(e => e.Id, e => e.Title, StringComparer.Ordinal);
        var groupOf = plan.NewEvents.SelectMany((g, n) => g.Keys.Select(k => (k, n))).ToDictionary(x => x.k, x => x.n, StringComparer.Ordinal);
        return items.Select(i =>
        {
            if (plan.ToExisting.TryGetValue(i.Key, out var match))
            {
                return new Placement(i.Key, new SuggestedEvent(match.EventId, titles[match.EventId], Math.Round(match.Score, 3)), null, null, null, match.Reason);
            }

            var group = groupOf[i.Key];
            var proposed = plan.NewEvents[group];
            return new Placement(i.Key, null, Clip(proposed.Title, 300), group, proposed.Date, proposed.Reasons[i.Key]);
        }).ToList();
    }

    private static string Clip(string text, int max) => text.Length <= max ? text : text[..max];
}

/// <summary>
/// Where an upload goes: an existing event (with its similarity score, 0 to 1), or a proposed new event with a
/// neutral name and date; uploads with the same <see cref="NewGroup"/> were grouped together. <see cref="Reason"/>
/// says why: the similarity, the cut it had to reach, the shared terms and dates, and the closest event not joined.
/// </summary>
public sealed record Placement(string Key, SuggestedEvent? Existing, string? NewEventTitle, int? NewGroup, DateOnly? NewEventDate, PlacementReason Reason);

/// <summary>An existing event suggested for an upload, with the score that chose it.</summary>
public sealed record SuggestedEvent(string EventId, string Title, double Score);
