namespace BiasDashboard.Web.Charts;

/// <summary>
/// Okabe–Ito colours, distinguishable with the common colour-vision deficiencies (Okabe &amp; Ito 2008).
/// Sentiment uses the blue/vermillion pair with a neutral grey; every chart also carries a legend and labels,
/// so no reading depends on colour alone.
/// </summary>
public static class Palette
{
    public const string Positive = "#0072B2";
    public const string Neutral = "#B8B8B8";
    public const string Negative = "#D55E00";

    public static IReadOnlyList<string> Outlets { get; } =
        ["#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#000000", "#F0E442"];

    /// <summary>
    /// A colour per outlet that stays put as outlets are added: each outlet takes the colour of its id, or the next
    /// free one if an outlet with a lower id in the same chart already has it. Distinct for up to eight outlets.
    /// </summary>
    public static IReadOnlyDictionary<int, string> ByOutletId(IEnumerable<int> outletIds)
    {
        var taken = new HashSet<int>();
        var colours = new Dictionary<int, string>();
        foreach (var id in outletIds.Distinct().Order())
        {
            var slot = id % Outlets.Count;
            for (var tries = 0; tries < Outlets.Count && !taken.Add(slot); tries++)
            {
                slot = (slot + 1) % Outlets.Count;
            }

            colours[id] = Outlets[slot];
        }

        return colours;
    }
}
