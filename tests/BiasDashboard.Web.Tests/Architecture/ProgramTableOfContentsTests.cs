using System.Text.RegularExpressions;

namespace BiasDashboard.Web.Tests.Architecture;

/// <summary>
/// Program.cs is the table of contents: each <c>builder.AddX()</c> / <c>app.MapX()</c> line names the file that holds
/// it (<c>// Events/EventEndpoints.cs</c>). A reader follows those comments, so a moved or renamed file must not leave
/// one pointing nowhere.
/// </summary>
public sealed partial class ProgramTableOfContentsTests
{
    [Fact]
    public void EveryFileProgramNames_ExistsAndDeclaresTheCallOnItsLine()
    {
        var project = SourceFolders.WebProjectPath();
        var entries = File.ReadAllLines(Path.Combine(project, "Program.cs"))
            .Select(l => Entry().Match(l)).Where(m => m.Success)
            .Select(m => (Call: m.Groups["call"].Value, File: m.Groups["file"].Value))
            .ToList();

        var wrong = entries.Where(e => !File.Exists(Path.Combine(project, e.File))
                                       || !File.ReadAllText(Path.Combine(project, e.File)).Contains(" " + e.Call + "(", StringComparison.Ordinal))
            .Select(e => $"{e.Call} -> {e.File}").ToList();

        Assert.True(entries.Count >= 20, $"only {entries.Count} commented calls found in Program.cs");
        Assert.True(wrong.Count == 0, "Program.cs names a file that does not hold the call: " + string.Join(", ", wrong));
    }

    // `builder.AddEvents();   // Events/EventsExtensions.cs (+ …)` → call AddEvents, file Events/EventsExtensions.cs.
    [GeneratedRegex(@"^(?:args = \w+\.|(?:await )?builder\.|(?:await )?app\.)(?<call>\w+)\(.*?//\s*(?<file>[\w/]+\.cs)\b",
        RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Entry();
}
