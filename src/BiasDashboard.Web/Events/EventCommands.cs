using BiasDashboard.Web.Data;
using BiasDashboard.Web.Data.Entities;
using BiasDashboard.Web.Operations;
using Microsoft.EntityFrameworkCore;

namespace BiasDashboard.Web.Events;

/// <summary>
/// What teachers change about events: create, edit (rename, date, description), merge, delete (articles stay), the
/// events an article belongs to, and the fact ledger. Each change is one SaveChanges, then announced
/// (<see cref="EventChanges"/>): comparisons are marked stale and open pages are pushed the new dashboards. Role checks
/// happen at the endpoints and page handlers that call this.
/// </summary>
public sealed class EventCommands(BiasDbContext db, EventChanges changes, TimeProvider clock)
{
    // Each refused save means another request creating an event of the same title took the id first, so a request can
    // be refused once per such rival: under load eight at once needed more than five tries, and the rest were answered 500.
    private const int MaxIdAttempts = 32;

    public async Task<NewsEvent> CreateAsync(string? title, DateOnly? date, string? description, CancellationToken ct)
    {
        var clean = Required(title, "title", 300);
        var created = db.Events.Add(new NewsEvent
        {
            Id = await EventIdentity.FreeIdAsync(db, clean, date, ct),
            Title = clean,
            Date = date,
            Description = Optional(description, "description", 2000),
        }).Entity;
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await db.SaveChangesAsync(ct);
                break;
            }
            catch (DbUpdateException e) when (UniqueConflict.Is(e) && attempt < MaxIdAttempts)
            {
                // Another request took the id between our look and our save: take the next free one.
                db.Entry(created).State = EntityState.Detached;
                created.Id = await EventIdentity.FreeIdAsync(db, clean, date, ct);
                db.Events.Add(created);
            }
        }

        await changes.SavedAsync([], listChanged: true, CancellationToken.None);
        return created;
    }

    public async Task UpdateAsync(string id, string? title, DateOnly? date, string? description, CancellationToken ct)
    {
        var newsEvent = await FindAsync(id, ct);
        newsEvent.Title = Required(title, "title", 300);
        newsEvent.Date = date;
        newsEvent.Description = Optional(description, "description", 2000);
        await db.SaveChangesAsync(ct);
        await changes.SavedAsync([id], listChanged: true, CancellationToken.None);
    }

    /// <summary>Deletes the event and its facts; its articles stay, in their other events or in none.</summary>
    public async Task DeleteAsync(string id, CancellationToken ct)
    {
        var newsEvent = await FindAsync(id, ct);
        db.Events.Remove(newsEvent);
        await db.SaveChangesAsync(ct);
        await changes.SavedAsync([id], listChanged: true, CancellationToken.None);
    }

    /// <summary>Moves <paramref name="id"/>'s articles and facts into <paramref name="into"/> and deletes <paramref name="id"/>.</summary>
    public async Task MergeAsync(string id, string? into, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(into) || into == id)
        {
            throw new EventCommandException("choose a different event to merge into");
        }

        var source = await db.Events.Include(e => e.Articles).Include(e => e.Facts).FirstOrDefaultAsync(e => e.Id == id, ct)
                     ?? throw new EventCommandException($"there is no event '{id}'", StatusCodes.Status404NotFound);
        var target = await db.Events.Include(e => e.Articles).FirstOrDefaultAsync(e => e.Id == into, ct)
                     ?? throw new EventCommandException($"there is no event '{into}' to merge into", StatusCodes.Status404NotFound);
        foreach (var article in source.Articles.Where(a => target.Articles.All(t => t.Id != a.Id)).ToList())
        {
            target.Articles.Add(article);
        }

        foreach (var fact in source.Facts.ToList())
        {
            fact.EventId = target.Id;
        }

        db.Events.Remove(source);
        await db.SaveChangesAsync(ct);
        await changes.SavedAsync([target.Id, id], listChanged: true, CancellationToken.None);
    }

    /// <summary>Sets the events article <paramref name="articleId"/> belongs to (an empty list leaves it in none).</summary>
    public async Task SetArticleEventsAsync(int articleId, IReadOnlyList<string>? eventIds, CancellationToken ct)
    {
        var article = await db.Articles.Include(a => a.Events).FirstOrDefaultAsync(a => a.Id == articleId, ct)
                      ?? throw new EventCommandException($"there is no article {articleId}", StatusCodes.Status404NotFound);
        var wanted = (eventIds ?? []).Where(e => !string.IsNullOrWhiteSpace(e)).Distinct(StringComparer.Ordinal).ToList();
        var events = await db.Events.Where(e => wanted.Contains(e.Id)).ToListAsync(ct);
        if (wanted.Except(events.Select(e => e.Id), StringComparer.Ordinal).FirstOrDefault() is { } missing)
        {
            throw new EventCommandException($"unknown event '{missing}'");
        }

        var affected = article.Events.Select(e => e.Id).Concat(wanted).Distinct(StringComparer.Ordinal).ToList();
        article.Events.Clear();
        article.Events.AddRange(events);
        await db.SaveChangesAsync(ct);
        await changes.SavedAsync(affected, listChanged: true, CancellationToken.None);
    }

    public async Task<EventFact> AddFactAsync(
        string eventId, string? statement, string? terms, string? contradictTerms, CancellationToken ct)
    {
        await FindAsync(eventId, ct);
        var fact = new EventFact
        {
            EventId = eventId,
            Statement = Required(statement, "statement", 300),
            Terms = Required(terms, "terms", 500),
            ContradictTerms = Optional(contradictTerms, "contradicting terms", 500),
            CreatedAtUtc = clock.GetUtcNow().UtcDateTime,
        };
        db.EventFacts.Add(fact);
        await db.SaveChangesAsync(ct);
        await changes.SavedAsync([eventId], listChanged: false, CancellationToken.None);
        return fact;
    }

    public async Task DeleteFactAsync(string eventId, int factId, CancellationToken ct)
    {
        var fact = await db.EventFacts.FirstOrDefaultAsync(f => f.Id == factId && f.EventId == eventId, ct)
                   ?? throw new EventCommandException($"event '{eventId}' has no fact {factId}", StatusCodes.Status404NotFound);
        db.EventFacts.Remove(fact);
        await db.SaveChangesAsync(ct);
        await changes.SavedAsync([eventId], listChanged: false, CancellationToken.None);
    }

    private async Task<NewsEvent> FindAsync(string id, CancellationToken ct) =>
        await db.Events.FirstOrDefaultAsync(e => e.Id == id, ct)
            ?? throw new EventCommandException($"there is no event '{id}'", StatusCodes.Status404NotFound);

    private static string Required(string? value, string name, int max) =>
        Optional(value, name, max) ?? throw new EventCommandException($"the {name} is required");

    private static string? Optional(string? value, string name, int max)
    {
        var trimmed = value?.Trim();
        if (string.IsNullOrEmpty(trimmed))
        {
            return null;
        }

        return trimmed.Length <= max ? trimmed : throw new EventCommandException($"the {name} is longer than {max} characters");
    }
}
