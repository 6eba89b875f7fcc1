using BiasDashboard.Analysis.Classroom;

namespace BiasDashboard.Analysis.Tests.Classroom;

public sealed class OutletMaskerTests
{
    [Fact]
    public void Mask_HidesNameShortFormsDomainLinksAndAuthor()
    {
        const string text = "Express Premium: By Christian Calgie. Read more at https://www.express.co.uk/news/politics and on express.co.uk. The Daily Express understands the Express will express concern.";

        var masked = OutletMasker.Mask(text, "Daily Express", "express.co.uk", "Christian Calgie", "Outlet B");

        Assert.DoesNotContain("Express", masked, StringComparison.Ordinal);
        Assert.DoesNotContain("Calgie", masked, StringComparison.Ordinal);
        Assert.Contains("[link]", masked, StringComparison.Ordinal);
        Assert.Contains("[author]", masked, StringComparison.Ordinal);
        Assert.Contains("The Outlet B understands the Outlet B will express concern.", masked, StringComparison.Ordinal);
    }

    [Fact]
    public void Mask_UsesInitialsOfLongNamesAndLeavesOrdinaryWordsAlone()
    {
        var masked = OutletMasker.Mask("Sign up to MEE newsletters. Middle East Eye reported from the Middle East.", "Middle East Eye", "middleeasteye.net", null, "Outlet A");

        Assert.Equal("Sign up to Outlet A newsletters. Outlet A reported from the Middle East.", masked);
    }

    [Fact]
    public void Mask_TheNationalLosesItsNameButNotTheWordNational()
    {
        var masked = OutletMasker.Mask("The National understands the national mood. thenationalnews.com", "The National", "thenationalnews.com", null, "Outlet C");

        Assert.Equal("Outlet C understands the national mood. Outlet C", masked);
    }

    [Fact]
    public void Mask_HidesBylinesTheMetadataDoesNotName()
    {
        var masked = OutletMasker.Mask("Tories and Labour unite\nPosted on: February 21st, 2024 by TTE\n\nBy Jane Reporter\nThe vote failed.", "Socialist Worker", null, null, "Outlet C");

        Assert.Equal("Tories and Labour unite\nPosted on: February 21st, 2024 by [author]\n\nBy [author]\nThe vote failed.", masked);
    }
}
