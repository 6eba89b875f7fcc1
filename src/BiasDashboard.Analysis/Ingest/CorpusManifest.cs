using System.Text.Json;
using System.Text.Json.Serialization;

namespace BiasDashboard.Analysis.Ingest;

/// <summary>
/// The shape of a corpus folder's <c>manifest.json</c> (as in <c>seeds/</c>): the events, and for each article file its
/// outlet, author, date, title and the ids of the events it covers (one article may cover several).
/// </summary>
public sealed record CorpusManifest(
    [property: JsonPropertyName("events")] IReadOnlyList<ManifestEvent> Events,
    [property: JsonPropertyName("articles")] IReadOnlyList<ManifestArticle> Articles)
{
    /// <summary>Reads a manifest; a malformed one is an <see cref="ArticleFormatException"/> saying what is wrong.</summary>
    public static CorpusManifest Parse(string json)
    {
        try
        {
            var manifest = JsonSerializer.Deserialize<CorpusManifest>(json) ?? throw new ArticleFormatException("manifest.json is empty");
            return manifest with { Events = manifest.Events ?? [], Articles = manifest.Articles ?? [] };
        }
        catch (JsonException e)
        {
            throw new ArticleFormatException($"manifest.json is not valid: {e.Message}");
        }
    }

    /// <summary>The entry for <paramref name="fileName"/> (a file name, compared without regard to case), or null.</summary>
    public ManifestArticle? For(string fileName) =>
        Articles.FirstOrDefault(a => string.Equals(a.File, fileName, StringComparison.OrdinalIgnoreCase));
}

/// <summary>An event of the manifest: its id, title and date.</summary>
public sealed record ManifestEvent(
    [property: JsonPropertyName("id")] string Id,
    [property: JsonPropertyName("title")] string Title,
    [property: JsonPropertyName("date")] DateOnly? Date);

/// <summary>An article file of the manifest and what is known about it.</summary>
public sealed record ManifestArticle(
    [property: JsonPropertyName("file")] string File,
    [property: JsonPropertyName("outlet")] string Outlet,
    [property: JsonPropertyName("domain")] string? Domain,
    [property: JsonPropertyName("author")] string? Author,
    [property: JsonPropertyName("published")] DateOnly? Published,
    [property: JsonPropertyName("title")] string? Title,
    [property: JsonPropertyName("events")] IReadOnlyList<string> Events);
