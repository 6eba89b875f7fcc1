namespace BiasDashboard.Web.Tests.Architecture;

/// <summary>
/// The web project's top-level folders use each other in one direction only, so a reader can change one feature by
/// reading it and what it uses, never a ring of folders. Pages may use every folder; nothing uses Pages; Data uses no
/// other folder. There are no exceptions: a pair that uses each other means a type is in the wrong folder or a call
/// should be turned around, so that the lower folder announces and the higher one listens. That is how a saved change
/// reaches open pages: writers (Events, Articles) announce through Operations/EventChanges and the dashboard listens;
/// Lexicon/FramingRescorer tells its IRescoreListeners; outlet tags raise ClusterBus.AnalysisChanged.
/// </summary>
public sealed class FolderDependencyTests
{
    private const string Pages = "Pages";
    private const string Data = "Data";

    private static readonly SourceFolders Source = SourceFolders.OfWebProject();

    [Fact]
    public void FeatureFolders_UseEachOtherInOneDirectionOnly()
    {
        var pairs = Source.Folders.Where(f => f != Pages)
            .SelectMany(a => Source.UsedBy(a).Where(b => b != Pages && string.CompareOrdinal(a, b) < 0 && Source.Uses(b, a)), (a, b) => (a, b))
            .Select(p => $"{p.a} <-> {p.b}: {p.a} uses {p.b} in {string.Join(", ", Source.FilesUsing(p.a, p.b))}; " +
                         $"{p.b} uses {p.a} in {string.Join(", ", Source.FilesUsing(p.b, p.a))}")
            .ToList();

        Assert.True(pairs.Count == 0, "Folders that use each other:\n" + string.Join('\n', pairs));
    }

    [Fact]
    public void DataFolder_UsesNoFeatureFolder()
    {
        var used = Source.UsedBy(Data).Select(f => $"{f} (in {string.Join(", ", Source.FilesUsing(Data, f))})").ToList();

        Assert.True(used.Count == 0, "Data uses: " + string.Join("; ", used));
    }

    [Fact]
    public void NoFolderButPages_UsesPages()
    {
        var users = Source.Folders.Where(f => f != Pages && Source.Uses(f, Pages))
            .Select(f => $"{f} (in {string.Join(", ", Source.FilesUsing(f, Pages))})").ToList();

        Assert.True(users.Count == 0, "These use Pages: " + string.Join("; ", users));
    }

    // The checks above pass trivially if the scan sees nothing; these are uses the code cannot do without.
    [Theory]
    [InlineData(Pages, "Events", "Pages/Events/Index.cshtml.cs")]                       // using BiasDashboard.Web.Events;
    [InlineData(Pages, "Accounts", "Pages/Events/Details.cshtml")]                     // @if (BiasDashboard.Web.Accounts.TeacherOnly…)
    [InlineData("Dashboard", "Lexicon", "Dashboard/IDashboardClient.cs")]              // Lexicon.RescoreStatus
    [InlineData("Events", "Dashboard", "Events/Comparison/ComparisonRebuilder.cs")]    // using BiasDashboard.Web.Dashboard;
    [InlineData("Outlets", "Operations", "Outlets/OutletTagCommands.cs")]             // ClusterBus.AnalysisChanged
    [InlineData("Articles", Data, "Articles/SeedImporter.cs")]
    [InlineData(Pages, SourceFolders.Root, "Pages/Articles/Details.cshtml.cs")]       // a type of the root namespace
    public void Scan_SeesAUseTheCodeCannotDoWithout(string from, string to, string file) =>
        Assert.Contains(file, Source.FilesUsing(from, to));
}
