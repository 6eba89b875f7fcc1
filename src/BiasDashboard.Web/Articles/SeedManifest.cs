using System.Text.Json.Serialization;

namespace BiasDashboard.Web.Articles;

/// <summary>The shape of <c>seeds/manifest.json</c>: the events, and for each article file its outlet, author, date, title and event ids.</summary>
public sealed record SeedManifest(
    [property: JsonPropertyName("events")] IReadOnlyList<SeedEvent> Events,
    [property: JsonPropertyName("articles")] IReadOnlyList<SeedArticle> Articles);

public sealed record SeedEvent(
    [property: JsonPropertyName("id")] string Id,
    [property: JsonPropertyName("title")] string Title,
    [property: JsonPropertyName("date")] DateOnly? Date);

public sealed record SeedArticle(
    [property: JsonPropertyName("file")] string File,
    [property: JsonPropertyName("outlet")] string Outlet,
    [property: JsonPropertyName("domain")] string? Domain,
    [property: JsonPropertyName("author")] string? Author,
    [property: JsonPropertyName("published")] DateOnly? Published,
    [property: JsonPropertyName("title")] string? Title,
    [property: JsonPropertyName("events")] IReadOnlyList<string> Events);
