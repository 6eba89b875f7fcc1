namespace BiasDashboard.Cli.Commands;

/// <summary>Output formats of <c>bias compare</c>.</summary>
internal enum CompareFormat
{
    Json,
    Markdown,
}

/// <summary>Arguments of <c>bias compare PATH... [--format json|markdown]</c>.</summary>
internal sealed record CompareOptions(IReadOnlyList<string> Paths, CompareFormat Format)
{
    public static bool TryParse(IReadOnlyList<string> args, out CompareOptions options, out string problem)
    {
        var ok = PathArguments.TryParse("compare", args, CompareFormat.Json, out var paths, out var format, out problem);
        options = new CompareOptions(paths, format);
        return ok;
    }
}
