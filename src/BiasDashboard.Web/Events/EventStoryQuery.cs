using BiasDashboard.Analysis.Events;
using BiasDashboard.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace BiasDashboard.Web.Events;

/// <summary>A neighbouring event in a running story, as the event page links it, with the terms the two share.</summary>
public sealed record StoryNeighbour(string EventId, string Title, DateOnly? Date, double Similarity, IReadOnlyList<string> Shared);

/// <summary>
/// The running story around one event (<see cref="StoryLinker"/>): the earlier event it follows and the later events
/// that follow it. Reads only the dated events within <see cref="StoryLinker.MaxDaysBack"/> days either side (at most
/// <see cref="MaxEvents"/>, nearest first, through <c>IX_Events_Date</c>), each by the terms kept for its latest
/// <see cref="MaxArticlesPerEvent"/> articles, so its cost does not grow with the store.
/// </summary>
public sealed class EventStoryQuery(BiasDbContext db)
{
    private const int MaxEvents = 40;
    private const int MaxArticlesPerEvent = 10;

    public async Task<(StoryNeighbour? Follows, IReadOnlyList<StoryNeighbour> FollowedBy)> ForAsync(
        string id, DateOnly? date, CancellationToken ct)
    {
        if (date is not { } day)
        {
            return (null, []);
        }

        var (from, to) = await StoredEventArticles.NearestBoundsAsync(
            db, day, MaxEvents, day.AddDays(-StoryLinker.MaxDaysBack), day.AddDays(StoryLinker.MaxDaysBack), ct);
        var events = (await db.Events.AsNoTracking().Where(e => e.Date != null && e.Date >= from && e.Date <= to)
                .Select(e => new { e.Id, e.Title, e.Date }).ToListAsync(ct))
            .OrderBy(e => Math.Abs(e.Date!.Value.DayNumber - day.DayNumber)).ThenBy(e => e.Id, StringComparer.Ordinal)
            .Take(MaxEvents).ToList();
        var chosen = await StoredEventArticles.LatestAsync(db, events.Select(e => e.Id).ToList(), MaxArticlesPerEvent, ct);
        var articles = await StoredEventArticles.WithTermsAsync(db, chosen.Values.SelectMany(x => x).Distinct().ToList(), ct);
        var candidates = events.Select(e => new EventCandidate(e.Id, e.Title,
                chosen.GetValueOrDefault(e.Id, []).Select(a => articles[a]).ToList(), e.Date))
            .ToList();
        var links = StoryLinker.Link(candidates);
        var byId = events.ToDictionary(e => e.Id, StringComparer.Ordinal);
        StoryNeighbour Neighbour(string other, StoryLink link) =>
            new(other, byId[other].Title, byId[other].Date, link.Similarity, link.Shared.Select(s => s.Text).ToList());
        var follows = links.FirstOrDefault(l => l.EventId == id) is { } up ? Neighbour(up.FollowsId, up) : null;
        var followedBy = links.Where(l => l.FollowsId == id).OrderBy(l => byId[l.EventId].Date)
            .Select(l => Neighbour(l.EventId, l)).ToList();
        return (follows, followedBy);
    }
}
