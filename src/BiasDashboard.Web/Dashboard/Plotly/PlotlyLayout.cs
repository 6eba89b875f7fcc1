using System.Text.Json.Serialization;

namespace BiasDashboard.Web.Dashboard.Plotly;

/// <summary>A figure's layout: axes with titles, legend, bar mode and the colour-blind-safe colourway.</summary>
public sealed record PlotlyLayout
{
    [JsonPropertyName("xaxis")] public required PlotlyAxis XAxis { get; init; }
    [JsonPropertyName("yaxis")] public required PlotlyAxis YAxis { get; init; }
    [JsonPropertyName("barmode")] public string? BarMode { get; init; }
    [JsonPropertyName("showlegend")] public bool ShowLegend { get; init; } = true;
    [JsonPropertyName("legend")] public PlotlyLegend Legend { get; init; } = new();
    [JsonPropertyName("margin")] public PlotlyMargin Margin { get; init; } = new();
    [JsonPropertyName("height")] public int Height { get; init; } = 360;
    [JsonPropertyName("colorway")] public IReadOnlyList<string> Colorway { get; init; } = Palette.Outlets;
    [JsonPropertyName("font")] public PlotlyFont Font { get; init; } = new();
}

public sealed record PlotlyAxis(
    [property: JsonPropertyName("title")] PlotlyTitle Title,
    [property: JsonPropertyName("range")] IReadOnlyList<double>? Range = null,
    [property: JsonPropertyName("zeroline")] bool ZeroLine = true,
    [property: JsonPropertyName("automargin")] bool AutoMargin = true,
    [property: JsonPropertyName("ticksuffix")] string? TickSuffix = null,
    [property: JsonPropertyName("autorange")] string? AutoRange = null,
    [property: JsonPropertyName("tickformat")] string? TickFormat = null,
    [property: JsonPropertyName("type")] string? Type = null);

public sealed record PlotlyTitle([property: JsonPropertyName("text")] string Text);

public sealed record PlotlyLegend(
    [property: JsonPropertyName("orientation")] string Orientation = "h",
    [property: JsonPropertyName("y")] double Y = -0.25);

public sealed record PlotlyMargin(
    [property: JsonPropertyName("l")] int Left = 60,
    [property: JsonPropertyName("r")] int Right = 20,
    [property: JsonPropertyName("t")] int Top = 20,
    [property: JsonPropertyName("b")] int Bottom = 60);

public sealed record PlotlyFont(
    [property: JsonPropertyName("family")] string Family = "system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif",
    [property: JsonPropertyName("size")] int Size = 14);
