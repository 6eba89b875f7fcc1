using System.Text.Json;
using Plotly.NET;
using Plotly.NET.CSharp;

namespace BiasDashboard.Web.Charts;

/// <summary>
/// The house style every chart shares (legend under the plot, margins, font, Okabe–Ito colourway) and the step from a
/// Plotly.NET chart to the <c>{data, layout}</c> JSON that <c>Plotly.react(el, data, layout)</c> takes in the browser.
/// </summary>
/// <remarks>
/// Plotly.NET's C# wrapper types traces, axis titles, ranges, sizes and legends; the F# style functions it leaves out take
/// every option positionally (40–90 of them). For the few plotly.js attributes outside the wrapper (say axis tick
/// suffixes or a heatmap's zmin), the builders set the attribute on the trace or layout object and say why.
/// </remarks>
internal static class PlotlyFigures
{
    private const string FontFamily = "system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif";

    /// <summary>Plotly reads a few HTML tags and entities in labels; uploaded names are encoded so they show as typed.</summary>
    public static string Label(string text) => System.Net.WebUtility.HtmlEncode(text);

    /// <summary>A hex colour kept as written, so the figure JSON carries the palette's own values.</summary>
    public static Color Colour(string hex) => Color.fromString(hex);

    /// <summary>Applies the house layout: both axes, legend below, margins, height, font and colourway.</summary>
    public static GenericChart Styled(GenericChart chart, Axis x, Axis y, bool showLegend = true, int height = 360,
        int marginLeft = 60, int marginBottom = 60, double legendY = -0.25)
    {
        chart = chart
            .WithXAxisStyle<double, double, string>(TitleText: x.Title, ZeroLine: x.ZeroLine, MinMax: MinMax(x),
                AxisType: AxisType(x))
            .WithYAxisStyle<double, double, string>(TitleText: y.Title, ZeroLine: y.ZeroLine, MinMax: MinMax(y), AxisType: AxisType(y))
            .WithLegendStyle(Orientation: StyleParam.Orientation.Horizontal, Y: legendY)
            .WithSize(Height: height);
        chart = global::Plotly.NET.Chart.withMarginSize<int, int, int, int, int, bool>(marginLeft, 20, 20, marginBottom, null, null)
            .Invoke(chart);

        var layout = chart.GetLayout();
        Style(layout, "xaxis", x);
        Style(layout, "yaxis", y);
        // Layout-wide options the C# wrapper has no method for (Chart.withLayoutStyle takes ~80 positional options).
        layout.SetProperty("showlegend", showLegend);
        layout.SetProperty("font", Font.init(StyleParam.FontFamily.NewCustom(FontFamily), 14.0, null));
        layout.SetProperty("colorway", Color.fromColors(Palette.Outlets.Select(Colour)));
        return chart;
    }

    /// <summary>
    /// The figure as plotly.js takes it: <c>{"data": [...], "layout": {...}}</c>. Serialised by Plotly.NET (Newtonsoft);
    /// System.Text.Json must never see the chart objects, only this element (it would print their internals).
    /// </summary>
    public static JsonElement ToJson(GenericChart chart)
    {
        using var figure = JsonDocument.Parse(GenericChart.toFigureJson(chart));
        var buffer = new System.Buffers.ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            // toFigureJson also writes "frames" (animation); the dashboard has none, and plotly.js 4 takes data + layout.
            writer.WriteStartObject();
            figure.RootElement.GetProperty("data").WriteTo(writer.WritePropertyNameAnd("data"));
            figure.RootElement.GetProperty("layout").WriteTo(writer.WritePropertyNameAnd("layout"));
            writer.WriteEndObject();
        }

        using var shaped = JsonDocument.Parse(buffer.WrittenMemory);
        return shaped.RootElement.Clone();
    }

    /// <summary>
    /// A heatmap's colour bar title, fixed colour range, cell labels and hover text. The C# wrapper's Chart.Heatmap has
    /// none of these, and the F# Chart.withColorBarStyle takes 45 positional options, so the plotly.js attributes are set.
    /// </summary>
    public static void HeatmapScale(GenericChart heatmap, string title, double zmin, double? zmax, string textTemplate,
        string hoverTemplate)
    {
        foreach (var trace in heatmap.GetTraces())
        {
            var colorBar = new ColorBar();
            colorBar.SetProperty("title", new Dictionary<string, string> { ["text"] = title });
            trace.SetProperty("colorbar", colorBar);
            trace.SetProperty("zmin", zmin);
            if (zmax is { } max)
            {
                trace.SetProperty("zmax", max);
            }

            trace.SetProperty("texttemplate", textTemplate);
            trace.SetProperty("hovertemplate", hoverTemplate);
        }
    }

    /// <summary>A chart with no traces (an event with no articles yet), still carrying the house layout once styled.</summary>
    public static GenericChart Empty() =>
        GenericChart.NewMultiChart(Microsoft.FSharp.Collections.FSharpList<Trace>.Empty, new Layout(), new Config(), new DisplayOptions());

    /// <summary>Builds and serialises a throwaway chart, so the first page after start does not pay for JIT.</summary>
    public static void WarmUp() =>
        ToJson(Styled(
            global::Plotly.NET.CSharp.Chart.Column<double, string, string>([0.1, -0.2], Keys: new[] { "a", "b" }, UseDefaults: false),
            new Axis("x"), new Axis("y")));

    private static Utf8JsonWriter WritePropertyNameAnd(this Utf8JsonWriter writer, string name)
    {
        writer.WritePropertyName(name);
        return writer;
    }

    private static Optional<StyleParam.AxisType> AxisType(Axis axis) => axis switch
    {
        { Date: true } => StyleParam.AxisType.Date,
        { Category: true } => StyleParam.AxisType.Category,
        _ => new Optional<StyleParam.AxisType>(),
    };

    private static Optional<Tuple<double, double>> MinMax(Axis axis) =>
        axis.Range is { } range ? new(Tuple.Create(range[0], range[1]), true) : default;

    private static void Style(Layout layout, string key, Axis axis)
    {
        if (layout.TryGetPropertyValue(key) is not { Value: DynamicObj.DynamicObj style })
        {
            return;
        }

        // plotly.js axis attributes outside the C# wrapper's WithXAxisStyle/WithYAxisStyle.
        style.SetProperty("automargin", true);

        if (axis.TickSuffix is { } suffix)
        {
            style.SetProperty("ticksuffix", suffix);
        }

        if (axis.TickFormat is { } format)
        {
            style.SetProperty("tickformat", format);
        }

        if (axis.Reversed)
        {
            style.SetProperty("autorange", "reversed");
        }
    }
}

/// <summary>One axis of a figure: title, optional fixed range, and the few display choices the charts make.</summary>
internal sealed record Axis(
    string Title,
    double[]? Range = null,
    bool ZeroLine = true,
    string? TickSuffix = null,
    string? TickFormat = null,
    bool Date = false,
    bool Reversed = false,
    bool Category = false);
