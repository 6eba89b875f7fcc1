using BiasDashboard.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace BiasDashboard.Web.Outlets;

/// <summary>
/// How a chart's outlets are pooled: one column per outlet, or per value on the tag axis named by <c>by</c> (matched
/// without regard to case; an unknown axis means one per outlet). Outlets with no tag on the axis share one column.
/// </summary>
public sealed class OutletGrouping
{
    private readonly Dictionary<int, string> _values;

    private OutletGrouping(string? axis, IReadOnlyList<string> axes, Dictionary<int, string> values) =>
        (Axis, Axes, _values) = (axis, axes, values);

    /// <summary>The axis pooled by, or null for one column per outlet.</summary>
    public string? Axis { get; }

    /// <summary>Every axis teachers have defined, in order.</summary>
    public IReadOnlyList<string> Axes { get; }

    public static string Untagged(string axis) => $"(no {axis})";

    public static async Task<OutletGrouping> LoadAsync(BiasDbContext db, string? by, IReadOnlyCollection<int> outletIds,
        CancellationToken ct)
    {
        var axes = (await db.OutletTags.AsNoTracking().Select(t => t.Axis).Distinct().ToListAsync(ct))
            .Order(StringComparer.OrdinalIgnoreCase).ToList();
        var axis = string.IsNullOrWhiteSpace(by) ? null
            : axes.FirstOrDefault(a => string.Equals(a, by, StringComparison.OrdinalIgnoreCase));
        var values = axis is null ? [] : (await db.OutletTags.AsNoTracking().Where(t => outletIds.Contains(t.OutletId)).ToListAsync(ct))
            .Where(t => string.Equals(t.Axis, axis, StringComparison.OrdinalIgnoreCase))
            .ToDictionary(t => t.OutletId, t => t.Value);
        return new OutletGrouping(axis, axes, values);
    }

    /// <summary>The column an outlet's articles go in.</summary>
    public string ColumnOf(int outletId, string outlet) => Axis is null ? outlet : _values.GetValueOrDefault(outletId) ?? Untagged(Axis);
}
