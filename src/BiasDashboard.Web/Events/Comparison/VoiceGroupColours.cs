using BiasDashboard.Analysis.Comparison;
using BiasDashboard.Web.Charts;

namespace BiasDashboard.Web.Events.Comparison;

/// <summary>
/// A stable colour per voice group across the event's columns, from the colour-blind-safe palette, the loudest group
/// first; unattributed words are grey.
/// </summary>
public sealed class VoiceGroupColours(IEnumerable<VoiceColumn> voices)
{
    private readonly List<string> _groups = voices.SelectMany(v => v.Groups).GroupBy(g => g.Group, StringComparer.Ordinal)
        .OrderByDescending(g => g.Sum(x => x.Words)).Select(g => g.Key).ToList();

    public string Of(string group) => group == "(unattributed)"
        ? Palette.Neutral
        : Palette.Outlets[Math.Max(0, _groups.IndexOf(group)) % Palette.Outlets.Count];
}
