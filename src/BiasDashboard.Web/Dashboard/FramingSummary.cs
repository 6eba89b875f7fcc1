using BiasDashboard.Web.Charts;

namespace BiasDashboard.Web.Dashboard;

/// <summary>
/// Framing terms across the event's outlets: the categories, a heatmap of rates per 1,000 words for each voice
/// (own voice, quoted, all), and for each contested set which option each outlet used and how often.
/// </summary>
public sealed record FramingSummary(
    string LexiconId,
    int LexiconVersion,
    IReadOnlyList<FramingCategoryInfo> Categories,
    CaptionedFigure OwnVoice,
    CaptionedFigure Quoted,
    CaptionedFigure Total,
    IReadOnlyList<ContestedRow> Contested);

public sealed record FramingCategoryInfo(string Id, string Name, string Group, string Colour, string Description);

/// <summary>One contested set: for each outlet, the options it used with counts (own voice and quoted).</summary>
public sealed record ContestedRow(string Set, string Name, string Description, IReadOnlyList<ContestedCell> Cells);

public sealed record ContestedCell(string Outlet, IReadOnlyList<ContestedCount> Options);

public sealed record ContestedCount(string Option, int Own, int Quoted);
