using System.Text.Json.Serialization;

namespace BiasDashboard.Web.Dashboard.Plotly;

/// <summary>
/// A Plotly figure as typed records, serialised to exactly the JSON <c>Plotly.react(el, data, layout)</c> takes.
/// Plotly.NET is not on the registry here; these few records cover the charts the dashboard draws.
/// </summary>
public sealed record PlotlyFigure(
    [property: JsonPropertyName("data")] IReadOnlyList<PlotlyTrace> Data,
    [property: JsonPropertyName("layout")] PlotlyLayout Layout);

/// <summary>One trace (bar or scatter). Unset properties are left out of the JSON.</summary>
public sealed record PlotlyTrace
{
    [JsonPropertyName("type")] public required string Type { get; init; }
    [JsonPropertyName("name")] public string? Name { get; init; }
    [JsonPropertyName("x")] public required IReadOnlyList<object> X { get; init; }
    [JsonPropertyName("y")] public required IReadOnlyList<object> Y { get; init; }
    [JsonPropertyName("mode")] public string? Mode { get; init; }
    [JsonPropertyName("marker")] public PlotlyMarker? Marker { get; init; }
    [JsonPropertyName("line")] public PlotlyLine? Line { get; init; }
    [JsonPropertyName("error_y")] public PlotlyErrorBars? ErrorY { get; init; }
    [JsonPropertyName("customdata")] public IReadOnlyList<string>? CustomData { get; init; }
    [JsonPropertyName("hovertemplate")] public string? HoverTemplate { get; init; }
    [JsonPropertyName("legendgroup")] public string? LegendGroup { get; init; }
    [JsonPropertyName("showlegend")] public bool? ShowLegend { get; init; }
    /// <summary>Heatmap values; a null cell is drawn as a gap (no data), not as zero.</summary>
    [JsonPropertyName("z")] public IReadOnlyList<IReadOnlyList<double?>>? Z { get; init; }
    /// <summary>A named scale ("Viridis") or stops as [position, colour] pairs.</summary>
    [JsonPropertyName("colorscale")] public object? ColorScale { get; init; }
    [JsonPropertyName("zmin")] public double? ZMin { get; init; }
    [JsonPropertyName("zmax")] public double? ZMax { get; init; }
    [JsonPropertyName("text")] public IReadOnlyList<IReadOnlyList<string>>? Text { get; init; }
    [JsonPropertyName("orientation")] public string? Orientation { get; init; }
    [JsonPropertyName("texttemplate")] public string? TextTemplate { get; init; }
    [JsonPropertyName("colorbar")] public PlotlyColorBar? ColorBar { get; init; }
}

public sealed record PlotlyMarker(
    [property: JsonPropertyName("color")] object Color,
    [property: JsonPropertyName("size")] double? Size = null);

public sealed record PlotlyLine(
    [property: JsonPropertyName("color")] string Color,
    [property: JsonPropertyName("width")] double Width = 2);

/// <summary>Asymmetric error bars: <see cref="Plus"/> above and <see cref="Minus"/> below each value.</summary>
public sealed record PlotlyErrorBars(
    [property: JsonPropertyName("array")] IReadOnlyList<double> Plus,
    [property: JsonPropertyName("arrayminus")] IReadOnlyList<double> Minus)
{
    [JsonPropertyName("type")] public string Type => "data";
    [JsonPropertyName("symmetric")] public bool Symmetric => false;
    [JsonPropertyName("color")] public string Color => "#333333";
}

public sealed record PlotlyColorBar([property: JsonPropertyName("title")] PlotlyTitle Title);
