using BiasDashboard.Analysis.Comparison;

namespace BiasDashboard.Web.Events.Comparison;

/// <summary>
/// "Fact ledger": the event's key facts and what each column does with them (states, contradicts, gives a split value,
/// leaves out), then the figures only one column gives.
/// </summary>
public sealed record LedgerSection(
    IReadOnlyList<string> Columns, IReadOnlyList<LedgerRow> Rows, string SingleSourceSummary, IReadOnlyList<SingleSourceFact> SingleSource)
{
    public static LedgerSection Build(EventComparison comparison, IReadOnlyList<string> order) => new(
        order,
        comparison.Ledger.Select(row => new LedgerRow(
            row.Key,
            row.Label + (row.Consensus is { } consensus ? ": " + consensus : ""),
            row.FromTeacher,
            order.Select(name => Cell(row.Cells.First(x => x.Column == name))).ToList())).ToList(),
        Plural.Of(comparison.SingleSource.Count, "figure", "figures") + " only one outlet gives",
        comparison.SingleSource.Select(row =>
            new SingleSourceFact(row.Label, DifferencesSection.Quote(row.Cells.First(x => x.Status != FactStatus.Omits)))).ToList());

    private static LedgerCell Cell(FactCell cell) => new(
        "st-" + cell.Status.ToString().ToLowerInvariant(),
        Display.StatusMark(cell.Status),
        Display.EvidenceHref(cell.Evidence),
        cell.Evidence.Count > 0 ? $"{Display.StatusText(cell.Status)} {string.Join(" / ", cell.Values)}" : Display.StatusText(cell.Status));
}

public sealed record LedgerRow(string Key, string Label, bool FromTeacher, IReadOnlyList<LedgerCell> Cells);

/// <summary>A ledger cell: its status class and mark, and the words (linked to the sentences when there are any).</summary>
public sealed record LedgerCell(string StatusClass, string Mark, string? Href, string Text);

public sealed record SingleSourceFact(string Label, QuotedFact Fact);
