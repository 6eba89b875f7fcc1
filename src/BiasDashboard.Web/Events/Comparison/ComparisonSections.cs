using BiasDashboard.Analysis.Comparison;

namespace BiasDashboard.Web.Events.Comparison;

/// <summary>
/// Everything the comparison on <c>/events/{id}</c> shows, prepared section by section so the partials
/// (Pages/Events/_Comparison and the section partials beside it) only render: the columns in the chosen order, every
/// figure already written as shown, every link already made.
/// </summary>
public sealed record ComparisonSections(
    string Coverage,
    bool Empty,
    IReadOnlyList<ComparisonFailure> Failures,
    ComparisonFigures Figures,
    SideBySideSection SideBySide,
    DifferencesSection Differences,
    LedgerSection Ledger,
    VoicesSection Voices,
    ActorsSection Actors)
{
    /// <summary>Whether a rebuild after a change is running; this is the last good comparison meanwhile.</summary>
    public bool Updating { get; init; }

    /// <summary>When the comparison shown was built.</summary>
    public DateTime BuiltAtUtc { get; init; }

    /// <summary>Why the last rebuild failed, when it did (the last good comparison is shown).</summary>
    public string? UpdateFailure { get; init; }

    /// <summary>The orders the outlets can be sorted in: the value of <c>?sort=</c> and its label.</summary>
    public static readonly IReadOnlyList<(string Value, string Label)> SortOptions =
    [
        ("name", "outlet name"), ("negative", "most negative first"), ("positive", "most positive first"),
        ("words", "most words first"), ("loaded", "most loaded language first"),
    ];

    /// <summary>The sections of <paramref name="view"/>, its columns in the order <paramref name="sort"/> names (else by name).</summary>
    public static ComparisonSections Build(EventComparisonView view, string? sort)
    {
        var c = view.Comparison;
        var order = Order(c.Columns, sort);
        var columns = view.GroupedBy is null ? ("outlet", "outlets") : ("column", "columns");
        var coverage = $"{Plural.Of(c.Columns.Count, columns.Item1, columns.Item2)}, " +
            Plural.Of(c.Columns.Sum(x => x.Articles.Count), "article", "articles");
        return new ComparisonSections(
            coverage,
            c.Columns.Count == 0,
            c.Failures,
            view.Figures,
            SideBySideSection.Build(view, order),
            DifferencesSection.Build(c),
            LedgerSection.Build(c, order),
            VoicesSection.Build(view, order),
            ActorsSection.Build(view, order))
        {
            Updating = view.Updating,
            BuiltAtUtc = view.BuiltAtUtc,
            UpdateFailure = view.UpdateFailure,
        };
    }

    /// <summary>The column names in the chosen order; every section lists its columns in this order.</summary>
    public static IReadOnlyList<string> Order(IReadOnlyList<ComparisonColumn> columns, string? sort) => (sort switch
    {
        "negative" => columns.OrderBy(c => c.Sentiment.Mean),
        "positive" => columns.OrderByDescending(c => c.Sentiment.Mean),
        "words" => columns.OrderByDescending(c => c.Words),
        "loaded" => columns.OrderByDescending(c => c.LoadedLanguageIndex ?? -1),
        _ => columns.OrderBy(c => c.Name, StringComparer.OrdinalIgnoreCase),
    }).Select(c => c.Name).ToList();
}
