using System.Text.Json;

namespace BiasDashboard.Cli.Tests.Commands;

public sealed class CompareCommandTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("bias-compare-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private string Write(string name, string content)
    {
        var path = Path.Combine(_folder, name);
        File.WriteAllText(path, content);
        return path;
    }

    private static JsonElement Event(JsonDocument json, string id) =>
        json.RootElement.GetProperty("events").EnumerateArray().Single(e => e.GetProperty("id").GetString() == id);

    [Fact]
    public async Task Compare_SeedsWithManifest_GivesEachManifestEventWithItsArticlesAndComparison()
    {
        var result = await Bias.RunAsync("compare", Bias.Seeds);
        using var json = JsonDocument.Parse(result.Stdout);

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(4, json.RootElement.GetProperty("events").GetArrayLength());
        var vote = Event(json, "snp-amendment-2023-11-15");
        Assert.Equal("Commons vote on the SNP ceasefire amendment to the King's Speech", vote.GetProperty("title").GetString());
        var files = vote.GetProperty("articles").EnumerateArray().Select(a => a.GetProperty("file").GetString()).ToList();
        Assert.Equal(4, files.Count); // the Express article is in two events, and listed in both
        Assert.All(files, f => Assert.StartsWith(Bias.Seeds, f, StringComparison.Ordinal));
        var differences = vote.GetProperty("differences").EnumerateArray().ToDictionary(d => d.GetProperty("key").GetString()!);
        var tally = differences["tally:motion"].GetProperty("cells").EnumerateArray()
            .Where(c => c.GetProperty("status").GetString() != "omits")
            .ToDictionary(c => c.GetProperty("column").GetString()!, c => c.GetProperty("values")[0].GetString());
        Assert.Equal("294–125", tally["Roman Road London"]);
        Assert.Equal("293–125", tally["The National"]);
        Assert.Contains("frontbenchers:resigned", differences.Keys);
        Assert.Contains("stance:rushanara-ali", differences.Keys);
    }

    [Fact]
    public async Task Compare_SentenceReferencesNameTheFileAsGiven()
    {
        using var json = JsonDocument.Parse((await Bias.RunAsync("compare", Bias.Seeds)).Stdout);
        var vote = Event(json, "snp-amendment-2023-11-15");
        var files = vote.GetProperty("articles").EnumerateArray().Select(a => a.GetProperty("file").GetString()).ToHashSet();

        var refs = vote.GetProperty("actors").EnumerateArray()
            .SelectMany(a => a.GetProperty("cells").EnumerateArray())
            .SelectMany(c => c.GetProperty("sentences").EnumerateArray())
            .Select(s => s.GetProperty("article").GetString())
            .ToList();
        Assert.NotEmpty(refs);
        Assert.All(refs, r => Assert.Contains(r, files));
    }

    [Fact]
    public async Task Compare_FolderWithoutManifest_GroupsArticlesIntoEventsAutomatically()
    {
        Write("a.txt", "---\noutlet: North Gazette\ndate: 2024-03-04\ntitle: Bin strike enters second week\n---\nRefuse collectors in Leeds continued their bin strike over pay as rubbish piled up in the streets and the council's offer was rejected.");
        Write("b.txt", "---\noutlet: Leeds Daily\ndate: 2024-03-05\ntitle: Rubbish piles up\n---\nRubbish piled up across Leeds as the bin strike by refuse collectors over council pay went on, and the refuse collectors rejected the council's offer.");
        Write("c.txt", "---\noutlet: Sports Weekly\ndate: 2024-03-03\ntitle: United win the derby\n---\nUnited beat City in the derby at Old Trafford as the striker scored twice and the goalkeeper saved a late penalty.");
        Write("d.txt", "---\noutlet: North Gazette\ndate: 2024-03-03\ntitle: Derby delight\n---\nThe striker scored twice as United beat City in the derby at Old Trafford, where the goalkeeper saved a late penalty.");

        var result = await Bias.RunAsync("compare", _folder);
        using var json = JsonDocument.Parse(result.Stdout);

        var events = json.RootElement.GetProperty("events").EnumerateArray()
            .Select(e => e.GetProperty("articles").EnumerateArray().Select(a => Path.GetFileName(a.GetProperty("file").GetString())).Order().ToList())
            .ToList();
        Assert.Equal(0, result.ExitCode);
        Assert.Equal(2, events.Count);
        Assert.Contains(["c.txt", "d.txt"], events);
        Assert.Contains(["a.txt", "b.txt"], events);
        Assert.All(json.RootElement.GetProperty("events").EnumerateArray(), e => Assert.StartsWith("auto-", e.GetProperty("id").GetString(), StringComparison.Ordinal));
    }

    [Fact]
    public async Task Compare_Markdown_ShowsTheDifferingFactsAndKeepsHostileTitlesInsideTheirCell()
    {
        Write("x.txt", "---\noutlet: Evil | Outlet\ntitle: \"Pipes | and *stars* <script>\"\ndate: 2023-11-16\n---\nThe SNP amendment failed by 293 to 125 votes in the Commons.");
        Write("y.txt", "---\noutlet: Other Paper\ndate: 2023-11-16\ntitle: Amendment defeated\n---\nThe SNP amendment was defeated in the Commons, with 294 voting against and 125 voting in favour.");

        var result = await Bias.RunAsync("compare", _folder, "--format", "markdown");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("## Facts that differ", result.Stdout, StringComparison.Ordinal);
        Assert.Contains("Evil \\| Outlet says 293–125", result.Stdout, StringComparison.Ordinal);
        Assert.Contains("Other Paper says 294–125", result.Stdout, StringComparison.Ordinal);
        Assert.Contains("Pipes \\| and \\*stars\\* &lt;script>", result.Stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>", result.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Compare_Markdown_CountsOneWordInTheSingularAndMoreInThePlural()
    {
        Write("one.txt", "---\noutlet: One Word Daily\ndate: 2023-11-16\n---\n“Shameful,” said Rachel Greaves after the vote in the Commons.");
        Write("two.txt", "---\noutlet: Two Word Times\ndate: 2023-11-16\n---\n“Utterly shameful,” said Rachel Greaves after the vote in the Commons.");

        var result = await Bias.RunAsync("compare", _folder, "--format", "markdown");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("**One Word Daily** (1 word):", result.Stdout, StringComparison.Ordinal);
        Assert.Contains("**Two Word Times** (2 words):", result.Stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("(1 words)", result.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Compare_AnUnreadableFileIsReportedAndTheRestCompared()
    {
        Write("good.txt", "---\noutlet: A\n---\nThe vote failed by 293 to 125 votes.");
        File.WriteAllBytes(Path.Combine(_folder, "bad.txt"), [0, 1, 2, 0xFF]);

        var result = await Bias.RunAsync("compare", _folder);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("bad.txt", result.Stderr, StringComparison.Ordinal);
        using var json = JsonDocument.Parse(result.Stdout);
        Assert.Single(json.RootElement.GetProperty("events").EnumerateArray());
    }

    [Theory]
    [InlineData(new[] { "compare" }, "bias: compare needs at least one file or folder")]
    [InlineData(new[] { "compare", "x", "--format", "csv" }, "bias: unknown format 'csv'; use json, markdown")]
    public async Task Compare_BadArguments_AreAUsageError(string[] args, string message)
    {
        var result = await Bias.RunAsync(args);

        Assert.Equal(2, result.ExitCode);
        Assert.StartsWith(message, result.Stderr, StringComparison.Ordinal);
    }
}
