namespace BiasDashboard.Cli.Commands;

/// <summary>Output formats of <c>bias analyze</c>.</summary>
internal enum AnalyzeFormat
{
    Json,
    Csv,
}

/// <summary>Arguments of <c>bias analyze PATH... [--format json|csv]</c>.</summary>
internal sealed record AnalyzeOptions(IReadOnlyList<string> Paths, AnalyzeFormat Format)
{
    public static bool TryParse(IReadOnlyList<string> args, out AnalyzeOptions options, out string problem)
    {
        var ok = PathArguments.TryParse("analyze", args, AnalyzeFormat.Json, out var paths, out var format, out problem);
        options = new AnalyzeOptions(paths, format);
        return ok;
    }
}
