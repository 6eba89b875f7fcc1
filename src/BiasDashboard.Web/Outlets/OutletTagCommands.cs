using BiasDashboard.Web.Data;
using BiasDashboard.Web.Data.Entities;
using BiasDashboard.Web.Operations;
using BiasDashboard.Web.Requests;
using Microsoft.EntityFrameworkCore;

namespace BiasDashboard.Web.Outlets;

/// <summary>
/// Sets an outlet's tags: one value per axis the teacher chose ("reach" → "hyperlocal"). The axes are free text, not
/// an imported left-right scale; an empty value removes the outlet's tag on that axis. A refused change throws
/// <see cref="CommandRefusedException"/>; a saved one raises <see cref="ClusterBus.AnalysisChanged"/>.
/// </summary>
public sealed class OutletTagCommands(BiasDbContext db, ClusterBus bus)
{
    public const int MaxLength = 60;

    public async Task SetAsync(int outletId, IReadOnlyDictionary<string, string?> tags, CancellationToken ct)
    {
        if (!await db.Outlets.AnyAsync(o => o.Id == outletId, ct))
        {
            throw new CommandRefusedException($"there is no outlet {outletId}", StatusCodes.Status404NotFound);
        }

        var stored = await db.OutletTags.Where(t => t.OutletId == outletId).ToListAsync(ct);
        foreach (var (rawAxis, rawValue) in tags)
        {
            var axis = rawAxis.Trim();
            var value = rawValue?.Trim() ?? "";
            if (axis.Length is 0 or > MaxLength || value.Length > MaxLength)
            {
                throw new CommandRefusedException($"axes and values are 1 to {MaxLength} characters ('{Clip(axis)}')");
            }

            var existing = stored.FirstOrDefault(t => string.Equals(t.Axis, axis, StringComparison.OrdinalIgnoreCase));
            if (value.Length == 0)
            {
                if (existing is not null)
                {
                    db.OutletTags.Remove(existing);
                }
            }
            else if (existing is not null)
            {
                existing.Value = value;
            }
            else
            {
                stored.Add(db.OutletTags.Add(new OutletTag { OutletId = outletId, Axis = axis, Value = value }).Entity);
            }
        }

        await db.SaveChangesAsync(ct);
        bus.Publish(ClusterBus.AnalysisChanged, ""); // outlets pooled by tag: every comparison grouped by an axis is stale
    }

    /// <summary>Reads "axis: value" lines, as the profile page's form sends them.</summary>
    public static Dictionary<string, string?> ParseLines(string? lines)
    {
        var tags = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase);
        foreach (var line in (lines ?? "").Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            var colon = line.IndexOf(':', StringComparison.Ordinal);
            if (colon <= 0)
            {
                throw new CommandRefusedException($"write each tag as 'axis: value' ('{Clip(line)}')");
            }

            tags[line[..colon].Trim()] = line[(colon + 1)..].Trim();
        }

        return tags;
    }

    private static string Clip(string text) => text.Length <= 40 ? text : text[..40] + "…";
}
