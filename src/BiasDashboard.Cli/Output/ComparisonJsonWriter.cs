using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using BiasDashboard.Cli.Commands;

namespace BiasDashboard.Cli.Output;

/// <summary>
/// The JSON of <c>bias compare</c>: <c>{"events": [...]}</c>, each event with <c>id</c>, <c>title</c>, <c>date</c> and
/// <c>articles</c> (each with <c>file</c>, the path as given, <c>outlet</c>, <c>title</c>, <c>published</c>), followed by
/// its comparison: <c>columns</c>, <c>voices</c>, <c>actors</c>, <c>ledger</c>, <c>differences</c>, <c>singleSource</c>.
/// Sentence references name the article by its <c>file</c>.
/// </summary>
internal static class ComparisonJsonWriter
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, // a file, not HTML: keep ’ and “ readable
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
    };

    public static async Task WriteAsync(Stream stdout, IReadOnlyList<ComparedEvent> events, CancellationToken ct)
    {
        var array = new JsonArray();
        foreach (var e in events)
        {
            var node = new JsonObject
            {
                ["id"] = e.Id,
                ["title"] = e.Title,
                ["date"] = e.Date?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
                ["articles"] = new JsonArray(e.Articles.Select(a => (JsonNode)new JsonObject
                {
                    ["file"] = a.File,
                    ["outlet"] = a.Outlet,
                    ["title"] = a.Title,
                    ["published"] = a.Published?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
                }).ToArray()),
            };
            foreach (var (name, value) in JsonSerializer.SerializeToNode(e.Comparison, Options)!.AsObject().ToList())
            {
                node[name] = value?.DeepClone();
            }

            array.Add(node);
        }

        await using var writer = new Utf8JsonWriter(stdout, new JsonWriterOptions { Indented = true, Encoder = Options.Encoder });
        new JsonObject { ["events"] = array }.WriteTo(writer, Options);
        await writer.FlushAsync(ct);
        await stdout.WriteAsync("\n"u8.ToArray(), ct);
    }
}
