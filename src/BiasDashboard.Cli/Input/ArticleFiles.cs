using BiasDashboard.Analysis.Ingest;
using BiasDashboard.Cli.Output;

namespace BiasDashboard.Cli.Input;

/// <summary>
/// Expands the paths given to <c>bias analyze</c>: a file is taken as named (even in a format the parser will
/// refuse, so the user hears why); a folder is walked recursively, in ordinal order, for the formats the
/// parser knows, and the other files are counted.
/// </summary>
internal static class ArticleFiles
{
    /// <summary>The stderr line for a folder's files in formats the parser does not know, in the words of <paramref
    /// name="command"/>.</summary>
    public static Action<string, int> ReportSkipped(TextWriter error, string command) => (folder, skipped) =>
        error.WriteLine($"bias {command}: {folder}: skipped {Counted.Of(skipped, "file")} in formats other than " +
            $"{string.Join(", ", ArticleParser.Extensions)}");

    public static IEnumerable<string> Expand(string path, Action<string, int> reportSkipped)
    {
        if (!Directory.Exists(path))
        {
            yield return path;
            yield break;
        }

        var skipped = 0;
        var files = Directory.EnumerateFiles(path, "*", new EnumerationOptions { RecurseSubdirectories = true, IgnoreInaccessible = true })
            .Order(StringComparer.Ordinal);
        foreach (var file in files)
        {
            if (ArticleParser.IsSupported(file))
            {
                yield return file;
            }
            else if (!Path.GetFileName(file).Equals(CorpusFolder.ManifestName, StringComparison.OrdinalIgnoreCase))
            {
                skipped++;
            }
        }

        if (skipped > 0)
        {
            reportSkipped(path, skipped);
        }
    }
}
