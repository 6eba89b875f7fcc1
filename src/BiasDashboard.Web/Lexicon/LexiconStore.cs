using BiasDashboard.Analysis.Framing;
using BiasDashboard.Web.Data;
using BiasDashboard.Web.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace BiasDashboard.Web.Lexicon;

/// <summary>Saves and loads the stored lexicon, keeps <see cref="ActiveLexicon"/> in step, and starts rescoring.</summary>
public sealed class LexiconStore(BiasDbContext db, ActiveLexicon active, FramingRescorer rescorer, TimeProvider clock)
{
    /// <summary>Makes the stored lexicon (if any) the active one; called at start.</summary>
    public async Task LoadAsync(CancellationToken ct)
    {
        var row = await db.Lexicons.AsNoTracking().OrderByDescending(l => l.UpdatedAtUtc).FirstOrDefaultAsync(ct);
        if (row is not null)
        {
            active.Set(FramingLexicon.Parse(row.Json));
        }
    }

    /// <summary>
    /// Saves <paramref name="lexicon"/> as the active lexicon. Its version becomes at least one more than the active
    /// one's, so every change is a new version that scores can name; then every stored article is rescored.
    /// </summary>
    public async Task<FramingLexicon> SaveAsync(FramingLexicon lexicon, CancellationToken ct)
    {
        var version = Math.Max(lexicon.Version, active.Lexicon.Version + 1);
        var saved = FramingLexicon.Parse((lexicon with { Version = version }).ToJson());
        var row = await db.Lexicons.FindAsync([saved.Id], ct);
        if (row is null)
        {
            db.Lexicons.Add(row = new LexiconRow { Id = saved.Id, Json = "" });
        }

        row.Version = saved.Version;
        row.Json = saved.ToJson();
        row.UpdatedAtUtc = clock.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(ct);
        active.Set(saved);
        rescorer.Request(lexiconSaved: true);
        return saved;
    }
}
