using System.Text.Json;

namespace BiasDashboard.Cli.Tests.Commands;

/// <summary>
/// A hostile or broken file among good ones: <c>bias</c> prints one line for it on stderr, still writes valid output for
/// every other file, and exits 1. Each file here once stopped the process or the run.
/// </summary>
public sealed class HostileInputTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("bias-hostile-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private void Write(string name, string content) => File.WriteAllText(Path.Combine(_folder, name), content);

    private void WriteCorpus()
    {
        Write("a-good.txt", "Senate talks resume\n\nWASHINGTON — Senators met on Monday. Kim Jong Un was discussed.\n\nOfficials in Washington said talks would continue, Ms Peña said.\n");
        Write("b-good.md", "# Senate talks\n\nIn Washington, senators met Kim Jong-un's envoy. Ms Pena said the vote was 52 to 48.\n");
        Write("c-deep-front-matter.md", "---\nx: " + new string('[', 35_000) + "\n---\nBody.\n");
        Write("d-deep.html", "<html><body><article>" + string.Concat(Enumerable.Repeat("<div>", 100_000)) + "<p>Text.</p></article></body></html>");
        Write("e-deep.md", new string('>', 50_000) + " quoted\n");
        Write("f-digits.txt", "Vote count\n\nThe vote was " + new string('7', 20_000) + " to 3 in the election.\n");
    }

    [Fact]
    public async Task Analyze_HostileFilesAmongGoodOnes_ReportsEachOnStderrAndWritesTheRest()
    {
        WriteCorpus();

        var result = await Bias.RunAsync("analyze", _folder);

        Assert.Equal(1, result.ExitCode);
        using var json = JsonDocument.Parse(result.Stdout);
        Assert.Equal(["a-good.txt", "b-good.md", "f-digits.txt"],
            json.RootElement.EnumerateArray().Select(a => Path.GetFileName(a.GetProperty("file").GetString()!)));
        var lines = result.Stderr.Trim().Split('\n');
        Assert.Equal(3, lines.Length);
        Assert.Contains(lines, l => l.Contains("c-deep-front-matter.md", StringComparison.Ordinal) && l.Contains("front matter", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains("d-deep.html", StringComparison.Ordinal) && l.Contains("512", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains("e-deep.md", StringComparison.Ordinal) && l.Contains("markdown", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("json")]
    [InlineData("markdown")]
    public async Task Compare_HostileFilesAmongGoodOnes_ComparesTheRestAndExitsOne(string format)
    {
        WriteCorpus();

        var result = await Bias.RunAsync("compare", _folder, "--format", format);

        Assert.Equal(1, result.ExitCode);
        Assert.Equal(3, result.Stderr.Trim().Split('\n').Length);
        if (format == "json")
        {
            using var json = JsonDocument.Parse(result.Stdout);
            var files = json.RootElement.GetProperty("events").EnumerateArray()
                .SelectMany(e => e.GetProperty("articles").EnumerateArray().Select(a => Path.GetFileName(a.GetProperty("file").GetString()!)))
                .Order(StringComparer.Ordinal);
            Assert.Equal(["a-good.txt", "b-good.md", "f-digits.txt"], files);
            Assert.All(json.RootElement.GetProperty("events").EnumerateArray(), e => Assert.Equal(0, e.GetProperty("failures").GetArrayLength()));
        }
        else
        {
            Assert.Contains("## Tone", result.Stdout, StringComparison.Ordinal);
        }
    }
}
