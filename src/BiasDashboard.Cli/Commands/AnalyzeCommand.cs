using BiasDashboard.Analysis.Articles;
using BiasDashboard.Analysis.Ingest;
using BiasDashboard.Cli.Input;
using BiasDashboard.Cli.Output;

namespace BiasDashboard.Cli.Commands;

/// <summary>
/// <c>bias analyze PATH... [--format json|csv]</c>: analyses files and folders of articles and prints the
/// analyses as they are made (JSON array, or one CSV row per sentence). A file that cannot be read or
/// parsed gets one line on stderr and exit code 1; the others are still analysed.
/// </summary>
internal static class AnalyzeCommand
{
    public const string Usage = "bias analyze PATH... [--format json|csv]   analyse .txt/.md articles (files or folders)";

    public static async Task<int> RunAsync(AnalyzeOptions options, Stream stdout, TextWriter error, CancellationToken ct)
    {
        await using IArticleWriter writer = options.Format == AnalyzeFormat.Csv
            ? new ArticleCsvWriter(stdout) : new ArticleJsonWriter(stdout);
        var failures = 0;
        foreach (var given in options.Paths)
        {
            var files = ArticleFiles.Expand(given, ArticleFiles.ReportSkipped(error, "analyze"));
            foreach (var file in files)
            {
                ct.ThrowIfCancellationRequested();
                // Read and analyse first, then write: a file that fails leaves nothing half-written in the output.
                ArticleText article;
                ArticleAnalysis analysis;
                try
                {
                    article = ArticleParser.Parse(file, await CorpusFolder.ReadTextAsync(file, ct));
                    analysis = ArticleAnalyzer.Default.Analyze(article);
                }
                catch (Exception e) when (e is ArticleFormatException or IOException or UnauthorizedAccessException)
                {
                    failures++;
                    await error.WriteLineAsync($"bias analyze: {file}: {e.Message}");
                    continue;
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    // A fault in the analysis itself: this file is reported and skipped, the others are still analysed.
                    failures++;
                    await error.WriteLineAsync($"bias analyze: {file}: could not be analysed ({e.GetType().Name}: {e.Message})");
                    continue;
                }

                await writer.WriteAsync(file, article.Format, analysis, ct);
            }
        }

        return failures == 0 ? ExitCodes.Ok : ExitCodes.SomeInputFailed;
    }
}
