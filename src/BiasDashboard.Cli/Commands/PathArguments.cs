namespace BiasDashboard.Cli.Commands;

/// <summary>Parses "PATH... [--format F]" for the commands that take files and folders.</summary>
internal static class PathArguments
{
    public static bool TryParse<TFormat>(string command, IReadOnlyList<string> args, TFormat fallback, out List<string> paths,
        out TFormat format, out string problem)
        where TFormat : struct, Enum
    {
        paths = [];
        format = fallback;
        var names = string.Join(" or ", Enum.GetNames<TFormat>().Select(n => n.ToLowerInvariant()));
        for (var i = 0; i < args.Count; i++)
        {
            var arg = args[i];
            string? value;
            if (arg == "--format")
            {
                if (i + 1 >= args.Count)
                {
                    problem = $"--format needs a value: {names}";
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
                problem = $"unknown option '{arg}' for {command}; try 'bias --help'";
                return false;
            }
            else
            {
                paths.Add(arg);
                continue;
            }

            if (!TryFormat(value, names, out format, out problem))
            {
                return false;
            }
        }

        if (paths.Count == 0)
        {
            problem = $"{command} needs at least one file or folder";
            return false;
        }

        problem = "";
        return true;
    }

    // A format by name, in any case; numbers ("1") are refused though Enum.TryParse would take them.
    private static bool TryFormat<TFormat>(string? value, string names, out TFormat format, out string problem)
        where TFormat : struct, Enum
    {
        if (!Enum.TryParse(value, ignoreCase: true, out format) || !Enum.IsDefined(format) || int.TryParse(value, out _))
        {
            problem = $"unknown format '{value}'; use {names.Replace(" or ", ", ", StringComparison.Ordinal)}";
            return false;
        }

        problem = "";
        return true;
    }
}
