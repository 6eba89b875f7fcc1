using BiasDashboard.Analysis.Sentiment;

namespace BiasDashboard.Analysis.Tests;

public sealed class ArchitectureTests
{
    [Fact]
    public void AnalysisAssembly_ReferencesNoWebOrDataFramework()
    {
        var names = typeof(VaderAnalyzer).Assembly.GetReferencedAssemblies().Select(a => a.Name!);

        Assert.DoesNotContain(names, n => n.StartsWith("Microsoft.AspNetCore", StringComparison.Ordinal)
                                       || n.StartsWith("Microsoft.EntityFrameworkCore", StringComparison.Ordinal));
    }
}
