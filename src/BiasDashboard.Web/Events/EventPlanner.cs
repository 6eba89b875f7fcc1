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

        var events = (await NearestEventsAsync(dates.Count > 0 ? dates : [today], ct))
            .OrderBy(e => Distance(e.Date)).ThenBy(e => e.Id, StringComparer.Ordinal)
            .Take(MaxEvents).ToList();
        var ids = events.Select(e => e.Id).ToList();
        var chosen = await StoredEventArticles.LatestAsync(db, ids, MaxArticlesPerEvent, ct);
        var stored = await StoredEventArticles.WithTermsAsync(db, chosen.Values.SelectMany(x => x).Distinct().ToList(), ct);

        var plan = new EventMatcher().Plan(
            items.Select(i => new UnlabelledArticle(i.Key, i.Article.Metadata.Title, i.Article.Body, i.Article.Metadata.Published))
                .ToList(),
            events.Where(e => chosen.ContainsKey(e.Id))
                .Select(e => new EventCandidate(e.Id, e.Title, chosen[e.Id].Select(id => stored[id]).ToList(), e.Date, e.Description))
                .ToList());
        var titles = events.ToDictionary(e => e.Id, e => e.Title, StringComparer.Ordinal);
        var groupOf = plan.NewEvents.SelectMany((g, n) => g.Keys.Select(k => (k, n)))
            .ToDictionary(x => x.k, x => x.n, StringComparer.Ordinal);
        return items.Select(i =>
        {
            if (plan.ToExisting.TryGetValue(i.Key, out var match))
            {
                return new Placement(
                    i.Key, new SuggestedEvent(match.EventId, titles[match.EventId], Math.Round(match.Score, 3)),
                    null, null, null, match.Reason);
            }

            var group = groupOf[i.Key];
            var proposed = plan.NewEvents[group];
            return new Placement(i.Key, null, Clip(proposed.Title, 300), group, proposed.Date, proposed.Reasons[i.Key]);
        }).ToList();
    }

    // The events nearest in date to any of the sorted probe dates, a superset of the MaxEvents nearest: around each probe,
    // the dates up to the MaxEvents-th event on either side (ties included), read through IX_Events_Date; undated events
    // only when too few are dated. Any event beyond those bounds has MaxEvents events nearer to the same probe.
    private async Task<List<EventRow>> NearestEventsAsync(IReadOnlyList<int> probes, CancellationToken ct)
    {
        var ranges = new List<(DateOnly? From, DateOnly? To)>();
        foreach (var probe in probes.Distinct())
        {
            var (from, to) = await StoredEventArticles.NearestBoundsAsync(db, DateOnly.FromDayNumber(probe), MaxEvents, null, null, ct);
            ranges.Add((from, to));
        }

        var found = new Dictionary<string, EventRow>(StringComparer.Ordinal);
        foreach (var (from, to) in Merge(ranges))
        {
            var rows = db.Events.AsNoTracking().Where(e => e.Date != null);
            rows = from is { } f ? rows.Where(e => e.Date >= f) : rows;
            rows = to is { } t ? rows.Where(e => e.Date <= t) : rows;
            foreach (var row in await rows.Select(e => new EventRow(e.Id, e.Title, e.Date, e.Description)).ToListAsync(ct))
            {
                found.TryAdd(row.Id, row);
            }
        }

        if (found.Count < MaxEvents)
        {
            var undated = await db.Events.AsNoTracking().Where(e => e.Date == null).OrderBy(e => e.Id).Take(MaxEvents - found.Count)
                .Select(e => new EventRow(e.Id, e.Title, e.Date, e.Description)).ToListAsync(ct);
            undated.ForEach(row => found.TryAdd(row.Id, row));
        }

        return [.. found.Values];
    }

    // Overlapping date ranges (null: open) become one, so each event is read once.
    private static List<(DateOnly? From, DateOnly? To)> Merge(List<(DateOnly? From, DateOnly? To)> ranges)
    {
        var merged = new List<(DateOnly? From, DateOnly? To)>();
        foreach (var range in ranges.OrderBy(r => r.From ?? DateOnly.MinValue))
        {
            if (merged.Count > 0 && (merged[^1].To is not { } end || range.From is not { } start || start <= end))
            {
                var last = merged[^1];
                merged[^1] = (last.From, last.To is null || range.To is null ? null : (last.To > range.To ? last.To : range.To));
            }
            else
            {
                merged.Add(range);
            }
        }

        return merged;
    }

    private sealed record EventRow(string Id, string Title, DateOnly? Date, string? Description);

    private static string Clip(string text, int max) => text.Length <= max ? text : text[..max];
}

/// <summary>
/// Where an upload goes: an existing event (with its similarity score, 0 to 1), or a proposed new event with a
/// neutral name and date; uploads with the same <see cref="NewGroup"/> were grouped together. <see cref="Reason"/>
/// says why: the similarity, the cut it had to reach, the shared terms and dates, and the closest event not joined.
/// </summary>
public sealed record Placement(
    string Key, SuggestedEvent? Existing, string? NewEventTitle, int? NewGroup, DateOnly? NewEventDate, PlacementReason Reason);

/// <summary>An existing event suggested for an upload, with the score that chose it.</summary>
public sealed record SuggestedEvent(string EventId, string Title, double Score);
