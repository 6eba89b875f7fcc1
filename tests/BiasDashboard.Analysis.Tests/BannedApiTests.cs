using System.Xml.Linq;

namespace BiasDashboard.Analysis.Tests;

/// <summary>
/// The library's purity is enforced by the compiler (BannedApiAnalyzers, RS0030 as an error under TreatWarningsAsErrors).
/// These tests keep the wiring and the list from being weakened without anyone noticing.
/// </summary>
public sealed class BannedApiTests
{
    private static readonly string ProjectFolder = Path.Combine(RepoRoot(), "src", "BiasDashboard.Analysis");

    [Fact]
    public void AnalysisProject_ReferencesTheBannedApiAnalyzerWithItsList()
    {
        var project = XDocument.Load(Path.Combine(ProjectFolder, "BiasDashboard.Analysis.csproj"));

        Assert.Contains(project.Descendants("PackageReference"), p => (string?)p.Attribute("Include") == "Microsoft.CodeAnalysis.BannedApiAnalyzers");
        Assert.Contains(project.Descendants("AdditionalFiles"), f => (string?)f.Attribute("Include") == "BannedSymbols.txt");
    }

    [Theory]
    [InlineData("T:System.IO.File")]
    [InlineData("T:System.IO.Directory")]
    [InlineData("T:System.IO.FileStream")]
    [InlineData("T:System.Console")]
    [InlineData("T:System.Net.Http.HttpClient")]
    [InlineData("T:System.Net.Sockets.Socket")]
    [InlineData("P:System.DateTime.Now")]
    [InlineData("P:System.DateTime.UtcNow")]
    [InlineData("P:System.DateTimeOffset.UtcNow")]
    [InlineData("T:System.Environment")]
    [InlineData("T:System.Diagnostics.Process")]
    public void BannedSymbols_CoverFileConsoleNetworkClockAndEnvironment(string symbol)
    {
        var banned = File.ReadAllLines(Path.Combine(ProjectFolder, "BannedSymbols.txt")).Select(line => line.Split(';')[0].Trim());

        Assert.Contains(symbol, banned);
    }

    private static string RepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "BiasDashboard.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("BiasDashboard.sln not found above the test binaries.");
    }
}
