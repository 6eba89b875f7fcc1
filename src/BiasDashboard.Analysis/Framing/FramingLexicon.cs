using System.Text.Json;

namespace BiasDashboard.Analysis.Framing;

/// <summary>
/// A versioned framing lexicon (JSON; schema in docs/analysis.md, "The lexicon schema"): categories of terms, sets of contested terms,
/// and the context rules that mark a neutral sense. Scores record the <see cref="Id"/> and <see cref="Version"/> they were
/// computed with. A category's terms are curated, imported from a source list (<see cref="LexiconSources"/>), or both.
/// </summary>
public sealed record FramingLexicon(
    string Id, int Version, string Name, string Description, IReadOnlyList<FramingCategory> Categories,
        IReadOnlyList<ContestedTerms> Contested)
{
    private const string DefaultResource = "BiasDashboard.Analysis.Framing.default.json";

    /// <summary>The default lexicon shipped with the library (Framing/Lexicons/default.json, importing from the npm word lists).</summary>
    public static FramingLexicon Default { get; } = Parse(EmbeddedResource.ReadText(DefaultResource));

    /// <summary>The context rules terms can name in <see cref="FramingTerm.Unless"/>.</summary>
    public IReadOnlyList<ContextRule> Rules { get; init; } = [];

    /// <summary>Parses lexicon JSON.</summary>
    /// <exception cref="FormatException">The JSON is malformed or misses a required field; the message names it.</exception>
    public static FramingLexicon Parse(string json)
    {
        try
        {
            using var document = JsonDocument.Parse(json,
                new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
            var root = document.RootElement;
            var categories = Array(root, "categories").Select(Category).ToList();
            var contested = Array(root, "contested", required: false).Select(c => new ContestedTerms(
                Text(c, "id"), Text(c, "name"), Optional(c, "description") ?? "",
                Array(c, "options").Select(o => new ContestedOption(Text(o, "label"), Terms(o, 1))).ToList())).ToList();
            var rules = Array(root, "rules", required: false).Select(r => new ContextRule(
                Text(r, "id"), Text(r, "description"), Strings(r, "previous"), Strings(r, "next"), Strings(r, "near"),
                r.TryGetProperty("window", out var w) && w.TryGetInt32(out var n) ? Math.Clamp(n, 1, 20) : 6)).ToList();
            var version = root.TryGetProperty("version", out var v) && v.TryGetInt32(out var number) ? number : 1;
            var lexicon = new FramingLexicon(Text(root, "id"), version, Optional(root, "name") ?? Text(root, "id"),
                Optional(root, "description") ?? "", categories, contested)
            {
                Rules = rules,
            };
            return lexicon.Validated();
        }
        catch (JsonException e)
        {
            throw new FormatException($"The lexicon is not valid JSON: {e.Message}", e);
        }
    }

    private static FramingCategory Category(JsonElement c)
    {
        var weight = Number(c, "weight") ?? 1;
        var imports = Array(c, "import", required: false).Select(i => new LexiconImport(
            Text(i, "list"), Number(i, "min") ?? 0, Strings(i, "pos"), Strings(i, "keep"), Strings(i, "stop"), Strings(i, "unless"),
            !i.TryGetProperty("inflect", out var inflect) || inflect.ValueKind != JsonValueKind.False)).ToList();
        var curated = Array(c, "terms", required: imports.Count == 0).Select(t => Term(t, weight)).ToList();
        var written = curated.Select(t => t.Term).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var imported = imports.SelectMany(LexiconSources.Resolve).Where(t => written.Add(t.Term)).ToList();
        return new FramingCategory(Text(c, "id"), Text(c, "name"), Optional(c, "group") ?? "frame", Optional(c, "description") ?? "",
            Optional(c, "colour") ?? "#999999", Optional(c, "source") ?? "", [.. curated, .. imported])
        {
            Imports = imports,
            Off = Strings(c, "off").ToHashSet(StringComparer.OrdinalIgnoreCase),
            Weight = weight,
        };
    }

    /// <summary>A copy with <paramref name="terms"/> of category <paramref name="category"/> switched off (or back on when <paramref
    /// name="off"/> is false).</summary>
    public FramingLexicon WithSwitched(string category, IEnumerable<string> terms, bool off) => this with
    {
        Categories = Categories.Select(c => c.Id != category ? c : c with
        {
            Off = (off ? c.Off.Union(terms, StringComparer.OrdinalIgnoreCase) : c.Off.Except(terms, StringComparer.OrdinalIgnoreCase))
                .ToHashSet(StringComparer.OrdinalIgnoreCase),
        }).ToList(),
    };

    /// <summary>The lexicon as JSON in the same schema <see cref="Parse"/> reads (for export). Imported terms stay as their import
    /// rule.</summary>
    public string ToJson() => JsonSerializer.Serialize(new
    {
        id = Id,
        version = Version,
        name = Name,
        description = Description,
        rules = Rules.Select(r =>
            new { id = r.Id, description = r.Description, previous = r.Previous, next = r.Next, near = r.Near, window = r.Window }),
        categories = Categories.Select(c => new
        {
            id = c.Id,
            group = c.Group,
            name = c.Name,
            colour = c.Colour,
            description = c.Description,
            source = c.Source,
            weight = c.Weight,
            terms = c.Terms.Where(t => !t.Imported).Select(t => TermJson(t, c.Weight)),
            import = c.Imports.Select(i =>
                new { list = i.List, min = i.Min, pos = i.Pos, keep = i.Keep, stop = i.Stop, unless = i.Unless, inflect = i.Inflect }),
            off = c.Off.Order(StringComparer.OrdinalIgnoreCase),
        }),
        contested = Contested.Select(c => new
        {
            id = c.Id,
            name = c.Name,
            description = c.Description,
            options = c.Options.Select(o => new { label = o.Label, terms = o.Terms.Select(t => TermJson(t, 1)) }),
        }),
    }, new JsonSerializerOptions { WriteIndented = true });

    private static object TermJson(FramingTerm t, double weight)
    {
        if (t.Variants.Count == 0 && t.Inflect && t.Weight == weight && t.Source is null && t.Unless.Count == 0 && t.Plain is null)
        {
            return t.Term;
        }

        var json = new Dictionary<string, object> { ["term"] = t.Term };
        AddIf(t.Variants.Count > 0, "variants", t.Variants);
        AddIf(!t.Inflect, "inflect", false);
        AddIf(t.Weight != weight, "weight", t.Weight);
        AddIf(t.Source is not null, "source", t.Source!);
        AddIf(t.Unless.Count > 0, "unless", t.Unless);
        AddIf(t.Plain is not null, "plain", t.Plain!);
        return json;

        void AddIf(bool condition, string key, object value)
        {
            if (condition)
            {
                json[key] = value;
            }
        }
    }

    private FramingLexicon Validated()
    {
        var duplicate = Categories.GroupBy(c => c.Id, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new FormatException($"Category id '{duplicate.Key}' is used twice.");
        }

        var rules = Rules.Select(r => r.Id).ToHashSet(StringComparer.Ordinal);
        var unknown = Categories.SelectMany(c => c.Terms.SelectMany(t => t.Unless.Select(u => (t.Term, Rule: u)))).FirstOrDefault(x =>
            !rules.Contains(x.Rule));
        if (unknown.Rule is not null)
        {
            throw new FormatException($"Term '{unknown.Term}' names context rule '{unknown.Rule}', which the lexicon's 'rules' do not " +
                $"define.");
        }

        var empty = Categories.FirstOrDefault(c => c.Terms.Count == 0);
        return empty is null ? this : throw new FormatException($"Category '{empty.Id}' has no terms.");
    }

    private static IEnumerable<JsonElement> Array(JsonElement element, string name, bool required = true) =>
        element.TryGetProperty(name, out var array) && array.ValueKind == JsonValueKind.Array ? array.EnumerateArray()
        : required ? throw new FormatException($"The lexicon needs an array '{name}'.") : [];

    private static List<string> Strings(JsonElement element, string name) =>
        Array(element, name, required: false).Where(x => x.ValueKind == JsonValueKind.String).Select(x => x.GetString()!).Where(x =>
            x.Length > 0).ToList();

    private static string Text(JsonElement element, string name) =>
        Optional(element, name) ?? throw new FormatException($"A lexicon entry is missing '{name}'.");

    private static string? Optional(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String && value.GetString() is { Length: > 0 } s
            ? s : null;

    private static double? Number(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Number && value.TryGetDouble(out var d)
            ? Math.Clamp(d, 0, 1) : null;

    private static List<FramingTerm> Terms(JsonElement element, double weight, bool required = true) =>
        Array(element, "terms", required).Select(t => Term(t, weight)).ToList();

    private static FramingTerm Term(JsonElement t, double weight) => t.ValueKind == JsonValueKind.String
        ? new FramingTerm(t.GetString()!, []) { Weight = weight }
        : new FramingTerm(
            Text(t, "term"),
            t.TryGetProperty("variants", out var variants)
                ? variants.EnumerateArray().Select(x => x.GetString() ?? "").Where(x => x.Length > 0).ToList() : [],
            !t.TryGetProperty("inflect", out var inflect) || inflect.ValueKind != JsonValueKind.False)
        {
            Weight = Number(t, "weight") ?? weight,
            Source = Optional(t, "source"),
            Unless = Strings(t, "unless"),
            Plain = Optional(t, "plain"),
        };
}
