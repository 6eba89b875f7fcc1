using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace BiasDashboard.Web.Html;

/// <summary>
/// Data for a page's scripts, as the text of a <c>&lt;script type="application/json"&gt;</c> block. The HTML parser
/// ends a script at the first <c>&lt;/script</c> whatever JSON says, and a comment opener (<c>&lt;!--</c>) changes how
/// it looks for the end; so every <c>&lt;</c>, <c>&gt;</c> and <c>&amp;</c> is written as a JSON escape, and so are
/// U+2028 and U+2029 (line breaks to a JavaScript parser). In valid JSON those characters occur only inside strings,
/// where the escape reads back as the same character.
/// </summary>
public static class JsonIsland
{
    /// <summary>
    /// The serialiser settings of every island: camelCase names, nulls left out (Plotly reads an unset property as its
    /// default but a null one as a value).
    /// </summary>
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    /// <summary>The value as JSON that is safe inside a script element.</summary>
    public static string Serialize(object? value) => Escape(JsonSerializer.Serialize(value, Options));

    /// <summary>JSON text made safe inside a script element; it parses to the same value.</summary>
    public static string Escape(string json)
    {
        if (json.AsSpan().IndexOfAny("<>&\u2028\u2029") < 0)
        {
            return json;
        }

        var safe = new StringBuilder(json.Length + 16);
        foreach (var c in json)
        {
            _ = c switch
            {
                '<' => safe.Append("\\u003C"),
                '>' => safe.Append("\\u003E"),
                '&' => safe.Append("\\u0026"),
                '\u2028' => safe.Append("\\u2028"),
                '\u2029' => safe.Append("\\u2029"),
                _ => safe.Append(c),
            };
        }

        return safe.ToString();
    }
}
