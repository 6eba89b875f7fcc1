using System.Diagnostics;

namespace BiasDashboard.Cli.Tests;

/// <summary>The real executable, started as a user starts it: pipes, exit codes, UTF-8 on stdout.</summary>
public sealed class ProcessTests
{
    private static async Task<(int Code, string Stdout, string Stderr)> RunAsync(string stdin, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardInput = true, RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "bias.dll"));
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        await process.StandardInput.WriteAsync(stdin);
        process.StandardInput.Close();
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, await stdout, await stderr);
    }

    [Fact]
    public async Task Bias_SentimentFromPipe_WritesScoresAndExitsZero()
    {
        var (code, stdout, _) = await RunAsync("s1\tThe march was peaceful 😁\n", "sentiment", "-");

        Assert.Equal(0, code);
        Assert.StartsWith("s1\t", stdout, StringComparison.Ordinal);
        Assert.True(double.Parse(stdout.Trim().Split('\t')[4], System.Globalization.CultureInfo.InvariantCulture) > 0.5);
    }

    [Fact]
    public async Task Bias_UnknownCommand_ExitsTwoWithOneLine()
    {
        var (code, stdout, stderr) = await RunAsync("", "nope");

        Assert.Equal(2, code);
        Assert.Equal("", stdout);
        Assert.Single(stderr.Trim().Split('\n'));
    }

    // The shapes of the workplace's adversarial corpus (shared/tools/adversarial-corpus), through the real executable:
    // deep front matter and an empty file are refused one line each, everything else is written, and nothing crashes.
    [Theory]
    [InlineData("compare")]
    [InlineData("analyze")]
    public async Task Bias_OnAnAdversarialFolder_RefusesTwoFilesWritesTheRestAndExitsOne(string command)
    {
        var folder = Directory.CreateTempSubdirectory("bias-adversarial-");
        try
        {
            var files = new Dictionary<string, string>
            {
                ["dateline.txt"] = "Senate talks resume\n\nWASHINGTON — Senators met on Monday.\n\nOfficials in Washington said talks would continue.\n",
                ["digits.txt"] = "Tally\n\nThe vote was " + new string('1', 20_000) + " in total, officials said.\n",
                ["quotes.txt"] = "Hearing\n\n" + string.Join(' ', Enumerable.Range(0, 3000).Select(i => $"\"Point {i} stands,\" said Witness {(char)('A' + (i % 26))}.")) + "\n",
                ["caps-run.txt"] = "Breaking\n\n" + string.Join(' ', Enumerable.Repeat("CAPITAL", 20_000)) + " said officials.\n",
                ["mr-run.txt"] = "Names\n\n" + string.Join(' ', Enumerable.Repeat("Mr.", 20_000)) + " Smith said it was fine.\n",
                ["deep-front-matter.md"] = "---\nx: " + new string('[', 40_000) + new string(']', 40_000) + "\ntitle: Deep\n---\nThe plan was good.\n",
                ["empty.txt"] = "",
            };
            foreach (var (name, text) in files)
            {
                await File.WriteAllTextAsync(Path.Combine(folder.FullName, name), text);
            }

            var (code, stdout, stderr) = await RunAsync("", command, folder.FullName, "--format", "json");

            Assert.True(code == 1, $"exit {code}: {stderr}");
            var refused = stderr.Trim().Split('\n');
            Assert.Equal(2, refused.Length);
            Assert.Contains(refused, line => line.Contains("deep-front-matter.md", StringComparison.Ordinal));
            Assert.Contains(refused, line => line.Contains("empty.txt", StringComparison.Ordinal));
            using var output = System.Text.Json.JsonDocument.Parse(stdout); // everything else is still written, as JSON
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    // The executable runs with invariant globalisation (no ICU): accents must still fold, and duplicate spellings never crash.
    [Fact]
    public async Task Bias_CompareOnSpellingsThatFoldAlike_WritesOneActorPerNameAndExitsZero()
    {
        var folder = Directory.CreateTempSubdirectory("bias-fold-");
        try
        {
            await File.WriteAllTextAsync(Path.Combine(folder.FullName, "a.txt"),
                "Senate talks resume\n\nWASHINGTON — Senators met Enrique Peña Nieto on Monday.\n\nOfficials in Washington said Peña Nieto and Kim Jong Un would talk to WikiLeaks.\n");
            await File.WriteAllTextAsync(Path.Combine(folder.FullName, "b.txt"),
                "Senate talks\n\nIn Washington, Enrique Pena Nieto met senators.\n\nPena Nieto said Kim Jong-un and Wikileaks were not discussed.\n");

            var (code, stdout, stderr) = await RunAsync("", "compare", folder.FullName);

            Assert.True(code == 0, stderr);
            using var json = System.Text.Json.JsonDocument.Parse(stdout);
            var actors = json.RootElement.GetProperty("events")[0].GetProperty("actors").EnumerateArray()
                .Select(a => (Id: a.GetProperty("actor").GetProperty("id").GetString()!, Aliases: a.GetProperty("actor").GetProperty("aliases").EnumerateArray().Select(x => x.GetString()).ToList()))
                .ToList();
            Assert.Equal(actors.Count, actors.Select(a => a.Id).Distinct(StringComparer.Ordinal).Count());
            // "Peña Nieto" alone is his double surname, so it joins him too (issue 12's surname merging).
            Assert.Superset(new HashSet<string?> { "Enrique Pena Nieto", "Enrique Peña Nieto" }, actors.Single(a => a.Id == "enrique-pena-nieto").Aliases.ToHashSet());
            Assert.Equal(["WASHINGTON", "Washington"], actors.Single(a => a.Id == "washington").Aliases);
            Assert.Equal(["Kim Jong Un", "Kim Jong-un"], actors.Single(a => a.Id == "kim-jong-un").Aliases);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }
}
