using BiasDashboard.Web.Charts;

namespace BiasDashboard.Web.Tests.Charts;

public sealed class PaletteTests
{
    [Fact]
    public void ByOutletId_AddingAnOutlet_KeepsTheOthersColours()
    {
        var before = Palette.ByOutletId([1, 2, 3, 4]);

        var after = Palette.ByOutletId([1, 2, 3, 4, 12]);

        Assert.All(before, p => Assert.Equal(p.Value, after[p.Key]));
    }

    [Fact]
    public void ByOutletId_EightOutletsWithCollidingIds_GetEightDistinctColours() =>
        Assert.Equal(8, Palette.ByOutletId([8, 16, 24, 32, 40, 48, 56, 64]).Values.Distinct().Count());
}
