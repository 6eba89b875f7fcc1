using BiasDashboard.Analysis.Comparison;

namespace BiasDashboard.Web.Events.Comparison;

/// <summary>"Facts that differ": each fact the columns disagree on, with what each column says and its exact words.</summary>
public sealed record DifferencesSection(IReadOnlyList<DifferenceRow> Rows)
{
    public static DifferencesSection Build(EventComparison comparison) => new(comparison.Differences.Select(row => new DifferenceRow(
        row.Key,
        row.Label,
        row.Cells.Where(x => x.Status != FactStatus.Omits).Select(Quote).ToList())).ToList());

    /// <summary>A column's values for a fact and the first sentence that gives them, linked.</summary>
    public static QuotedFact Quote(FactCell cell) => new(
        cell.Column,
        string.Join(" / ", cell.Values),
        Display.EvidenceHref(cell.Evidence),
        cell.Evidence.Count > 0 ? cell.Evidence[0].Text : "",
        cell.Evidence.Count > 0 && cell.Evidence[0].InQuote);
}

public sealed record DifferenceRow(string Key, string Label, IReadOnlyList<QuotedFact> Cells);

/// <summary>What a column gives for a fact (<see cref="Values"/>), and the words: linked, and whether inside a quotation.</summary>
public sealed record QuotedFact(string Column, string Values, string? Href, string Quote, bool InQuote);
