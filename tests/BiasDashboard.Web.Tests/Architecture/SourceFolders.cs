using System.Text.RegularExpressions;

namespace BiasDashboard.Web.Tests.Architecture;

/// <summary>
/// Which top-level folders of src/BiasDashboard.Web use which, read from the source: a file uses a folder when it names
/// one of the folder's namespaces (<c>using BiasDashboard.Web.Events;</c>, <c>@using</c>, a fully qualified name) or
/// qualifies a type or sub-namespace by the folder's name (<c>Events.Comparison.ComparisonCache</c>,
/// <c>Lexicon.RescoreStatus</c>). Comments are read only for their <c>cref</c>s, which the compiler checks.
/// Files at the project's root are the folder <see cref="Root"/>, found by type name since every feature sees the root
/// namespace without a using; <c>Program.cs</c> is the composition root and uses every feature by design, so it is left out.
/// </summary>
internal sealed partial class SourceFolders
{
    public const string Root = "(root)";

    private readonly Dictionary<string, Dictionary<string, List<string>>> _uses = new(StringComparer.Ordinal);

    private SourceFolders(string project)
    {
        var files = Directory.EnumerateFiles(project, "*.*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(project, f).Replace('\\', '/'))
            .Where(f => (f.EndsWith(".cs", StringComparison.Ordinal) || f.EndsWith(".cshtml", StringComparison.Ordinal))
                        && !f.StartsWith("bin/", StringComparison.Ordinal) && !f.StartsWith("obj/", StringComparison.Ordinal)
                        && f != "Program.cs")
            .Order(StringComparer.Ordinal)
            .ToList();
        Folders = files.Select(FolderOf).ToHashSet(StringComparer.Ordinal);
        var code = files.ToDictionary(f => f, f => CodeOf(File.ReadAllText(Path.Combine(project, f))), StringComparer.Ordinal);

        // Names a folder answers to when another folder qualifies by it: its types and its sub-namespaces.
        var names = Folders.ToDictionary(f => f, _ => new HashSet<string>(StringComparer.Ordinal), StringComparer.Ordinal);
        foreach (var (file, text) in code.Where(c => c.Key.EndsWith(".cs", StringComparison.Ordinal)))
        {
            var folder = FolderOf(file);
            names[folder].UnionWith(TypeDeclaration().Matches(text).Select(m => m.Groups[1].Value));
            names[folder].UnionWith(SubNamespace().Matches(text).Select(m => m.Groups[1].Value));
        }

        var rootTypes = names[Root];
        foreach (var (file, text) in code)
        {
            var folder = FolderOf(file);
            foreach (Match m in FullName().Matches(text))
            {
                Add(folder, m.Groups[1].Value, file);
            }

            foreach (Match m in QualifiedName().Matches(text))
            {
                if (Folders.Contains(m.Groups[1].Value) && names[m.Groups[1].Value].Contains(m.Groups[2].Value))
                {
                    Add(folder, m.Groups[1].Value, file);
                }
            }

            if (folder != Root && Identifier().Matches(text).Any(m => rootTypes.Contains(m.Value)))
            {
                Add(folder, Root, file);
            }
        }
    }

    /// <summary>Every top-level folder with at least one source file, and <see cref="Root"/>.</summary>
    public IReadOnlySet<string> Folders { get; }

    public static SourceFolders OfWebProject() => new(WebProjectPath());

    public static string WebProjectPath() => Path.Combine(RepositoryRoot(), "src", "BiasDashboard.Web");

    /// <summary>The folders <paramref name="folder"/> uses.</summary>
    public IReadOnlyCollection<string> UsedBy(string folder) =>
        _uses.TryGetValue(folder, out var used) ? used.Keys : [];

    /// <summary>The files of <paramref name="from"/> that use <paramref name="to"/>.</summary>
    public IReadOnlyList<string> FilesUsing(string from, string to) =>
        _uses.TryGetValue(from, out var used) && used.TryGetValue(to, out var files) ? files : [];

    public bool Uses(string from, string to) => FilesUsing(from, to).Count > 0;

    private void Add(string from, string to, string file)
    {
        if (from == to || !Folders.Contains(to))
        {
            return;
        }

        var used = _uses.TryGetValue(from, out var u) ? u : _uses[from] = new(StringComparer.Ordinal);
        var files = used.TryGetValue(to, out var f) ? f : used[to] = [];
        if (!files.Contains(file))
        {
            files.Add(file);
        }
    }

    private static string FolderOf(string file) => file.Contains('/', StringComparison.Ordinal) ? file[..file.IndexOf('/', StringComparison.Ordinal)] : Root;

    // Comments can say anything; only their crefs are references.
    private static string CodeOf(string source) =>
        Comment().Replace(source, m => string.Join(' ', Cref().Matches(m.Value).Select(c => c.Groups[1].Value)));

    public static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "BiasDashboard.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("BiasDashboard.sln not found above " + AppContext.BaseDirectory);
    }

    // Linear-time patterns over our own source; the timeout only guards against a pathological file.
    [GeneratedRegex(@"//[^\n]*|/\*.*?\*/|@\*.*?\*@", RegexOptions.Singleline, matchTimeoutMilliseconds: 10_000)]
    private static partial Regex Comment();

    [GeneratedRegex("cref=\"([^\"]*)\"", RegexOptions.None, matchTimeoutMilliseconds: 10_000)]
    private static partial Regex Cref();

    [GeneratedRegex(@"\b(?:class|record|interface|enum|struct)\s+([A-Z]\w*)", RegexOptions.None, matchTimeoutMilliseconds: 10_000)]
    private static partial Regex TypeDeclaration();

    [GeneratedRegex(@"^namespace BiasDashboard\.Web\.\w+\.(\w+)", RegexOptions.Multiline, matchTimeoutMilliseconds: 10_000)]
    private static partial Regex SubNamespace();

    [GeneratedRegex(@"BiasDashboard\.Web\.(\w+)", RegexOptions.None, matchTimeoutMilliseconds: 10_000)]
    private static partial Regex FullName();

    [GeneratedRegex(@"(?<![\w.])(\w+)\.(\w+)", RegexOptions.None, matchTimeoutMilliseconds: 10_000)]
    private static partial Regex QualifiedName();

    [GeneratedRegex(@"(?<![\w.])[A-Z]\w*", RegexOptions.None, matchTimeoutMilliseconds: 10_000)]
    private static partial Regex Identifier();
}
