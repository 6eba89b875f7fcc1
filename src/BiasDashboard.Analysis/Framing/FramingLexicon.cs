using System.Text.Json;

namespace BiasDashboard.Analysis.Framing;

/// <summary>
/// A versioned framing lexicon (JSON; schema in the README): categories of terms, and sets of contested terms.
/// Scores record the <see cref="Id"/> and <see cref="Version"/> they were computed with.
/// </summary>
public sealed record FramingLexicon(
    string Id, int Version, string Name, string Description, IReadOnlyList<FramingCategory> Categories, IReadOnlyList<ContestedTerms> Contested)
{
    private const string DefaultResource = "BiasDashboard.Analysis.Framing.default.json";

    /// <summary>The default lexicon shipped with the library (Framing/Lexicons/default.json).</summary>
    public static FramingLexicon Default { get; } = Parse(EmbeddedResource.ReadText(DefaultResource));

    /// <summary>Parses lexicon JSON.</summary>
    /// <exception cref="FormatException">The JSON is malformed or misses a required field; the message names it.</exception>
    public static FramingLexicon Parse(string json)
    {
        try
        {
            using var document = JsonDocument.Parse(json, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
            var root = document.RootElement;
            var categories = Array(root, "categories").Select(c => new FramingCategory(
                Text(c, "id"), Text(c, "name"), Optional(c, "group") ?? "frame", Optional(c, "description") ?? "",
                Optional(c, "colour") ?? "#999999", Optional(c, "source") ?? "", Terms(c))).ToList();
            var contested = Array(root, "contested", required: false).Select(c => new ContestedTerms(
                Text(c, "id"), Text(c, "name"), Optional(c, "description") ?? "",
                Array(c, "options").Select(o => new ContestedOption(Text(o, "label"), Terms(o))).ToList())).ToList();
            var version = root.TryGetProperty("version", out var v) && v.TryGetInt32(out var n) ? n : 1;
            var lexicon = new FramingLexicon(Text(root, "id"), version, Optional(root, "name") ?? Text(root, "id"),
                Optional(root, "description") ?? "", categories, contested);
            return lexicon.Validated();
        }
        catch (JsonException e)
        {
            throw new FormatException($"The lexicon is not valid JSON: {e.Message}", e);
        }
    }

    /// <summary>The lexicon as JSON in the same schema <see cref="Parse"/> reads (for export).</summary>
    public string ToJson() => JsonSerializer.Serialize(new
    {
        id = Id,
        version = Version,
        name = Name,
        description = Description,
        categories = Categories.Select(c => new
        {
            id = c.Id,
            group = c.Group,
            name = c.Name,
            colour = c.Colour,
            description = c.Description,
            source = c.Source,
            terms = c.Terms.Select(TermJson),
        }),
        contested = Contested.Select(c => new
        {
            id = c.Id,
            name = c.Name,
            description = c.Description,
            options = c.Options.Select(o => new { label = o.Label, terms = o.Terms.Select(TermJson) }),
        }),
    }, new JsonSerializerOptions { WriteIndented = true });

    private static object TermJson(FramingTerm t) =>
        t.Variants.Count == 0 && t.Inflect ? t.Term : new { term = t.Term, variants = t.Variants, inflect = t.Inflect };

    private FramingLexicon Validated()
    {
        var duplicate = Categories.GroupBy(c => c.Id, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new FormatException($"Category id '{duplicate.Key}' is used twice.");
        }

        var empty = Categories.FirstOrDefault(c => c.Terms.Count == 0);
        return empty is null ? this : throw new FormatException($"Category '{empty.Id}' has no terms.");
    }

    private static IEnumerable<JsonElement> Array(JsonElement element, string name, bool required = true) =>
        element.TryGetProperty(name, out var array) && array.ValueKind == JsonValueKind.Array ? array.EnumerateArray()
        : required ? throw new FormatException($"The lexicon needs an array '{name}'.") : [];

    private static string Text(JsonElement element, string name) =>
        Optional(element, name) ?? throw new FormatException($"A lexicon entry is missing '{name}'.");

    private static string? Optional(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String && value.GetString() is { Length: > 0 } s ? s : null;

    private static List<FramingTerm> Terms(JsonElement element) => Array(element, "terms").Select(t => t.ValueKind == JsonValueKind.String
        ? new FramingTerm(t.GetString()!, [])
        : new FramingTerm(
            Text(t, "term"),
            t.TryGetProperty("variants", out var variants) ? variants.EnumerateArray().Select(x => x.GetString() ?? "").Where(x => x.Length > 0).ToList() : [],
            !t.TryGetProperty("inflect", out var inflect) || inflect.ValueKind != JsonValueKind.False)).ToList();
}
