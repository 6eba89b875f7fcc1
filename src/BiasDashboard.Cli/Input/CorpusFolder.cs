using BiasDashboard.Analysis.Ingest;

namespace BiasDashboard.Cli.Input;

/// <summary>
/// Reads the articles of the paths given to <c>bias compare</c>, with what a <c>manifest.json</c> beside them says
/// (outlet, title, date, events); files the manifest does not list keep the metadata found in their own text.
/// </summary>
internal static class CorpusFolder
{
    public const string ManifestName = "manifest.json";

    /// <summary>Articles larger than this are refused: no news article is 10 MB of text.</summary>
    public const long MaxFileBytes = 10 * 1024 * 1024;

    public static async Task<(List<CorpusArticle> Articles, Dictionary<string, ManifestEvent> Events, int Failures)> ReadAsync(
        IReadOnlyList<string> paths, TextWriter error, CancellationToken ct)
    {
        var manifests = new Dictionary<string, CorpusManifest?>(StringComparer.Ordinal);
        var events = new Dictionary<string, ManifestEvent>(StringComparer.Ordinal);
        var articles = new List<CorpusArticle>();
        var failures = 0;
        foreach (var given in paths)
        {
            var files = ArticleFiles.Expand(given, ArticleFiles.ReportSkipped(error, "compare"));
            foreach (var file in files)
            {
                ct.ThrowIfCancellationRequested();
                try
                {
                    var manifest = await ManifestForAsync(Path.GetDirectoryName(Path.GetFullPath(file))!, manifests, error, ct);
                    foreach (var e in manifest?.Events ?? [])
                    {
                        events.TryAdd(e.Id, e);
                    }

                    var article = ArticleParser.Parse(file, await ReadTextAsync(file, ct));
                    articles.Add(new CorpusArticle(file, article, manifest?.For(Path.GetFileName(file))));
                }
                catch (Exception e) when (e is ArticleFormatException or IOException or UnauthorizedAccessException)
                {
                    failures++;
                    await error.WriteLineAsync($"bias compare: {file}: {e.Message}");
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    failures++;
                    await error.WriteLineAsync($"bias compare: {file}: could not be read ({e.GetType().Name}: {e.Message})");
                }
            }
        }

        return (articles, events, failures);
    }

    private static async Task<CorpusManifest?> ManifestForAsync(string folder, Dictionary<string, CorpusManifest?> cache, TextWriter error,
        CancellationToken ct)
    {
        if (cache.TryGetValue(folder, out var cached))
        {
            return cached;
        }

        var path = Path.Combine(folder, ManifestName);
        CorpusManifest? manifest = null;
        if (File.Exists(path))
        {
            try
            {
                manifest = CorpusManifest.Parse(await File.ReadAllTextAsync(path, ct));
            }
            catch (ArticleFormatException e)
            {
                await error.WriteLineAsync($"bias compare: {path}: {e.Message}; grouping that folder's articles automatically");
            }
        }

        cache[folder] = manifest;
        return manifest;
    }

    /// <summary>Reads and decodes one article file, refusing missing and oversized ones.</summary>
    public static async Task<string> ReadTextAsync(string file, CancellationToken ct)
    {
        var info = new FileInfo(file);
        if (!info.Exists)
        {
            throw new FileNotFoundException("no such file or folder");
        }

        if (info.Length > MaxFileBytes)
        {
            throw new ArticleFormatException($"the file is {info.Length / (1024 * 1024)} MB; articles over " +
                $"{MaxFileBytes / (1024 * 1024)} MB are refused");
        }

        return ArticleDecoder.Decode(await File.ReadAllBytesAsync(file, ct));
    }
}

/// <summary>An article file as given on the command line, parsed, with its manifest entry if there is one.</summary>
internal sealed record CorpusArticle(string File, ArticleText Article, ManifestArticle? Entry)
{
    public string Outlet => Entry?.Outlet ?? Article.Metadata.Outlet ?? "Unknown outlet";

    public string Title => Entry?.Title ?? Article.Metadata.Title ?? Path.GetFileName(File);

    public DateOnly? Published => Entry?.Published ?? Article.Metadata.Published;
}
