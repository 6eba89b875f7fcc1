using System.Globalization;
using System.Text.Json;
using CsvHelper;

namespace BiasDashboard.Cli.Tests.Commands;

public sealed class AnalyzeCommandTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("bias-analyze-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private string Write(string name, string content)
    {
        var path = Path.Combine(_folder, name);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, content);
        return path;
    }

    [Fact]
    public async Task Analyze_SeedsFolder_PrintsOneObjectPerArticleAndCountsSkippedFiles()
    {
        var result = await Bias.RunAsync("analyze", Bias.Seeds);
        using var json = JsonDocument.Parse(result.Stdout);

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(5, json.RootElement.GetArrayLength());
        Assert.DoesNotContain("skipped", result.Stderr, StringComparison.Ordinal); // manifest.json describes the corpus; it is not a stray file
    }

    [Fact]
    public async Task Analyze_Json_SentenceOffsetsSliceTheTextExactly()
    {
        var file = Write("a.txt", "Vote passes\n\nMPs voted for it. Protesters called it “a shameful betrayal”.");

        using var json = JsonDocument.Parse((await Bias.RunAsync("analyze", file)).Stdout);
        var article = json.RootElement[0];
        var text = article.GetProperty("text").GetString()!;
        var sentences = article.GetProperty("sentences").EnumerateArray().ToList();

        Assert.Equal(file, article.GetProperty("file").GetString());
        Assert.Equal("Vote passes", article.GetProperty("title").GetString());
        Assert.Equal(["Vote passes", "MPs voted for it.", "Protesters called it “a shameful betrayal”."],
            sentences.Select(s => text[s.GetProperty("start").GetInt32()..s.GetProperty("end").GetInt32()]));
        Assert.True(sentences[2].GetProperty("compound").GetDouble() < 0);
        Assert.True(sentences[2].GetProperty("quotedShare").GetDouble() > 0);
    }

    [Fact]
    public async Task Analyze_Json_CarriesFrontMatterMetadata()
    {
        var file = Write("b.md", "---\ntitle: Rebels gear up\noutlet: The National\ndate: 2023-11-16\n---\nLabour rebels vowed to press on.");

        using var json = JsonDocument.Parse((await Bias.RunAsync("analyze", file)).Stdout);
        var article = json.RootElement[0];

        Assert.Equal("The National", article.GetProperty("outlet").GetString());
        Assert.Equal("2023-11-16", article.GetProperty("date").GetString());
        Assert.Equal("markdown", article.GetProperty("format").GetString());
    }

    [Fact]
    public async Task Analyze_Csv_HasOneRowPerSentenceThatParsesBack()
    {
        var file = Write("c.txt", "First, good. Second, “bad”, he said.");

        var result = await Bias.RunAsync("analyze", file, "--format", "csv");
        using var csv = new CsvReader(new StringReader(result.Stdout), CultureInfo.InvariantCulture);
        var rows = csv.GetRecords<dynamic>().Cast<IDictionary<string, object>>().ToList();

        Assert.Equal(2, rows.Count);
        Assert.Equal("Second, “bad”, he said.", rows[1]["text"]);
        Assert.Equal(file, rows[0]["file"]);
    }

    [Fact]
    public async Task Analyze_BadFilesAmongGoodOnes_AreReportedOneLineEach_AndTheRestStillAnalysed()
    {
        var good = Write("good.txt", "A fine article.");
        var empty = Write("empty.txt", "");
        var binary = Path.Combine(_folder, "image.txt");
        await File.WriteAllBytesAsync(binary, [0x89, 0x50, 0x4E, 0x47, 0, 0, 0, 13]);
        var unknown = Write("notes.pdf", "x");

        var result = await Bias.RunAsync("analyze", empty, good, binary, unknown, Path.Combine(_folder, "missing.txt"));
        using var json = JsonDocument.Parse(result.Stdout);
        var errors = result.Stderr.Trim().Split('\n');

        Assert.Equal(1, result.ExitCode);
        Assert.Equal(1, json.RootElement.GetArrayLength());
        Assert.Equal(4, errors.Length);
        Assert.Contains(errors, e => e.Contains("empty.txt: the file is empty", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Contains("image.txt: the file looks binary", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Contains("notes.pdf: unknown format '.pdf'", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Contains("missing.txt: no such file or folder", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Analyze_Folder_WalksSubfoldersInOrderForKnownFormatsOnly()
    {
        Write("z/late.md", "Late article.");
        Write("a/early.txt", "Early article.");
        Write("a/photo.jpg", "not an article");

        var result = await Bias.RunAsync("analyze", _folder);
        using var json = JsonDocument.Parse(result.Stdout);

        Assert.Equal(0, result.ExitCode);
        Assert.Equal([Path.Combine(_folder, "a/early.txt"), Path.Combine(_folder, "z/late.md")],
            json.RootElement.EnumerateArray().Select(a => a.GetProperty("file").GetString()));
        Assert.Contains("skipped 1 file in formats other than", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Analyze_NothingReadable_StillPrintsAValidEmptyArray()
    {
        var result = await Bias.RunAsync("analyze", Write("x.txt", " "));

        Assert.Equal(1, result.ExitCode);
        Assert.Equal(0, JsonDocument.Parse(result.Stdout).RootElement.GetArrayLength());
    }

    [Fact]
    public async Task Analyze_Json_ListsFramingMatchesWithOffsetsVoiceAndSpeaker()
    {
        var file = Write("f.txt", "Critics called it a massacre. “It was a slaughter,” said Jess Phillips.");

        using var json = JsonDocument.Parse((await Bias.RunAsync("analyze", file)).Stdout);
        var article = json.RootElement[0];
        var text = article.GetProperty("text").GetString()!;
        var matches = article.GetProperty("framing").GetProperty("matches").EnumerateArray().ToList();

        Assert.Equal(["massacre", "slaughter"], matches.Select(m => text[m.GetProperty("start").GetInt32()..m.GetProperty("end").GetInt32()]));
        Assert.Equal([false, true], matches.Select(m => m.GetProperty("inQuote").GetBoolean()));
        Assert.Equal("Jess Phillips", matches[1].GetProperty("speaker").GetString());
        Assert.Equal("violent-intensity", matches[0].GetProperty("category").GetString());
        Assert.Equal("default", article.GetProperty("framing").GetProperty("lexicon").GetString());
    }
}
