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
        var paths = new List<string>();
        var format = AnalyzeFormat.Json;
        options = new AnalyzeOptions(paths, format);
        for (var i = 0; i < args.Count; i++)
        {
            var arg = args[i];
            string? value = null;
            if (arg == "--format")
            {
                if (i + 1 >= args.Count)
                {
                    problem = "--format needs a value: json or csv";
                    return false;
                }

                value = args[++i];
            }
            else if (arg.StartsWith("--format=", StringComparison.Ordinal))
            {
                value = arg["--format=".Length..];
            }
            else if (arg.StartsWith("--", StringComparison.Ordinal))
            {
                problem = $"unknown option '{arg}' for analyze; try 'bias --help'";
                return false;
            }
            else
            {
                paths.Add(arg);
                continue;
            }

            if (!Enum.TryParse(value, ignoreCase: true, out format) || !Enum.IsDefined(format))
            {
                problem = $"unknown format '{value}'; use json or csv";
                return false;
            }
        }

        if (paths.Count == 0)
        {
            problem = "analyze needs at least one file or folder";
            return false;
        }

        options = new AnalyzeOptions(paths, format);
        problem = "";
        return true;
    }
}
