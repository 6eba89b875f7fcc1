using BiasDashboard.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace BiasDashboard.Web.Events;

/// <summary>
/// The one way a new event gets its id, for the events API, the event forms and uploads that name a new event:
/// a slug of the title and date ("Commons vote on Gaza", 2023-11-15 → "commons-vote-on-gaza-2023-11-15"), with
/// "-2", "-3"… when taken. Two requests can pick the same free id at once; the database's key refuses the second,
/// which then calls <see cref="FreeIdAsync"/> again (see <see cref="UniqueConflict"/>).
/// </summary>
public static class EventIdentity
{
    public const int MaxLength = 90;

    public static string BaseId(string title, DateOnly? date) =>
        Slug.From(date is { } d ? $"{title} {d:yyyy-MM-dd}" : title, MaxLength);

    /// <summary>The first id from <see cref="BaseId"/> that no stored or pending event has.</summary>
    public static async Task<string> FreeIdAsync(BiasDbContext db, string title, DateOnly? date, CancellationToken ct)
    {
        var baseId = BaseId(title, date);
        var id = baseId;
        for (var n = 2; db.Events.Local.Any(e => e.Id == id) || await db.Events.AnyAsync(e => e.Id == id, ct); n++)
        {
            id = $"{baseId}-{n}";
        }

        return id;
    }
}
