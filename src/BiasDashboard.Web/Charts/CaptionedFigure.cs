using System.Text.Json;

namespace BiasDashboard.Web.Charts;

/// <summary>
/// A chart as plotly.js draws it (<c>{data, layout}</c>, built with Plotly.NET, see <see cref="PlotlyFigures"/>) with its caption.
/// <see cref="Figure"/> is plain JSON, so System.Text.Json (pages, API, hub) writes it through unchanged.
/// </summary>
public sealed record CaptionedFigure(JsonElement Figure, string Caption);
