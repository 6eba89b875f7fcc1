namespace BiasDashboard.Web.Tests.Architecture;

/// <summary>
/// Lines stay readable: at most <see cref="MaxCharacters"/> characters in every C# file and Razor page under src/ and
/// every script and style sheet under wwwroot/. The migrations <c>dotnet ef migrations add</c> generates
/// (Data/Migrations/Sqlite and Postgres) are left as the tool writes them, and so are the npm packages the build copies
/// into wwwroot/lib (not in git); the hand-written Legacy migrations are held to the rule.
/// </summary>
public sealed class LineLengthTests
{
    private const int MaxCharacters = 140;

    private static readonly string[] GeneratedFolders = ["Data/Migrations/Sqlite/", "Data/Migrations/Postgres/", "wwwroot/lib/"];

    [Fact]
    public void SourcePagesScriptsAndStyles_HaveNoLineOver140Characters()
    {
        var root = SourceFolders.RepositoryRoot();
        var files = FilesUnder(root, "src", ".cs", ".cshtml").Concat(FilesUnder(root, "wwwroot", ".js", ".css")).ToList();

        var tooLong = files
            .SelectMany(f => File.ReadLines(Path.Combine(root, f))
                .Select((line, i) => (File: f, Number: i + 1, Length: line.EnumerateRunes().Count())))
            .Where(l => l.Length > MaxCharacters)
            .Select(l => $"{l.File}:{l.Number} ({l.Length} characters)")
            .ToList();

        foreach (var kind in new[] { ".cs", ".cshtml", ".js", ".css" })
        {
            Assert.Contains(files, f => f.EndsWith(kind, StringComparison.Ordinal)); // the scan found each kind of file
        }

        Assert.True(tooLong.Count == 0,
            $"{tooLong.Count} lines over {MaxCharacters} characters; wrap them at whitespace:{Environment.NewLine}"
            + string.Join(Environment.NewLine, tooLong.Take(50)));
    }

    private static IEnumerable<string> FilesUnder(string root, string folder, params string[] extensions) =>
        Directory.EnumerateFiles(Path.Combine(root, folder), "*.*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(root, f).Replace('\\', '/'))
            .Where(f => extensions.Any(e => f.EndsWith(e, StringComparison.Ordinal)))
            .Where(f => !f.Contains("/bin/", StringComparison.Ordinal) && !f.Contains("/obj/", StringComparison.Ordinal)
                        && !f.Contains("/node_modules/", StringComparison.Ordinal)
                        && !GeneratedFolders.Any(g => f.Contains(g, StringComparison.Ordinal)))
            .Order(StringComparer.Ordinal);
}
