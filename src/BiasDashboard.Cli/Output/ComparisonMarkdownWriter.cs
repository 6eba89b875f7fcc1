using System.Globalization;
using System.Text;
using BiasDashboard.Analysis.Comparison;
using BiasDashboard.Cli.Commands;

namespace BiasDashboard.Cli.Output;

/// <summary>
/// The Markdown of <c>bias compare</c>: per event, its articles, each outlet's tone with spread and AFINN's verdict,
/// the facts that differ, the fact ledger, who is quoted and how the most-named actors are portrayed. Text from the
/// articles is escaped so it cannot break the tables.
/// </summary>
internal static class ComparisonMarkdownWriter
{
    public static async Task WriteAsync(Stream stdout, IReadOnlyList<ComparedEvent> events, CancellationToken ct)
    {
        var md = new StringBuilder();
        foreach (var e in events)
        {
            Articles(md, e);
            Tone(md, e.Comparison);
            Differences(md, e.Comparison);
            Ledger(md, e.Comparison);
            Voices(md, e.Comparison);
            Actors(md, e.Comparison);
            md.Append('\n');
        }

        await stdout.WriteAsync(Encoding.UTF8.GetBytes(md.ToString()), ct);
    }

    private static void Articles(StringBuilder md, ComparedEvent e)
    {
        var date = e.Date is { } d ? ", " + d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : "";
        md.Append(CultureInfo.InvariantCulture, $"# {Cell(e.Title)}\n\n`{e.Id}`{date}\n\n");
        md.Append("| File | Outlet | Headline | Published |\n|---|---|---|---|\n");
        foreach (var a in e.Articles)
        {
            md.Append(CultureInfo.InvariantCulture,
                $"| {Cell(a.File)} | {Cell(a.Outlet)} | {Cell(a.Title)} | {a.Published:yyyy-MM-dd} |\n");
        }

        if (e.Comparison.Failures.Count > 0)
        {
            md.Append("\n**Not computed:** the parts below failed; the rest of this comparison is complete.\n\n");
            foreach (var failure in e.Comparison.Failures)
            {
                md.Append(CultureInfo.InvariantCulture, $"- {Cell(failure.Part)}: {Cell(failure.Reason)}\n");
            }
        }
    }

    private static void Tone(StringBuilder md, EventComparison c)
    {
        md.Append("\n## Tone\n\nMean VADER compound of each outlet's sentences (−1 to +1), its bootstrap 95% interval, ")
            .Append("and whether AFINN-165 agrees.\n\n");
        md.Append("| Outlet | Words | Mean | 95% interval | AFINN | Loaded language /1,000 | Note |\n|---|---:|---:|---|---|---:|---|\n");
        foreach (var col in c.Columns)
        {
            var s = col.Sentiment;
            var spread = s.Spread is { } ci ? string.Create(CultureInfo.InvariantCulture, $"{ci.Low:0.000} to {ci.High:0.000}") : "–";
            var loadedSpread = col.LoadedLanguageSpread is { } ls
                ? string.Create(CultureInfo.InvariantCulture, $" ({ls.Low:0.0}–{ls.High:0.0})") : "";
            md.Append(CultureInfo.InvariantCulture,
                $"| {Cell(col.Name)} | {col.Words} | {s.Mean:+0.000;−0.000;0.000} | {spread} | ")
                .Append(CultureInfo.InvariantCulture, $"{s.AfinnDirection} ({s.Agreement.ToString().ToLowerInvariant()}) | ")
                .Append(CultureInfo.InvariantCulture, $"{col.LoadedLanguageIndex:0.0}{loadedSpread} | {Cell(s.Note ?? "")} |\n");
        }
    }

    private static void Differences(StringBuilder md, EventComparison c)
    {
        md.Append("\n## Facts that differ\n\n");
        if (c.Differences.Count == 0)
        {
            md.Append("No two outlets give different values for the same fact.\n");
        }

        foreach (var row in c.Differences)
        {
            md.Append(CultureInfo.InvariantCulture, $"- **{Cell(row.Label)}**: ");
            md.AppendJoin("; ", row.Cells.Where(x => x.Status != FactStatus.Omits)
                .Select(x => $"{Cell(x.Column)} says {string.Join(" / ", x.Values)} (“{Cell(x.Evidence[0].Text)}”)"));
            md.Append('\n');
        }
    }

    private static void Ledger(StringBuilder md, EventComparison c)
    {
        md.Append("\n## Fact ledger\n\n| Fact | ");
        ColumnHeads(md, c);
        foreach (var row in c.Ledger)
        {
            md.Append(CultureInfo.InvariantCulture, $"| {Cell(row.Label)}{(row.Consensus is null ? "" : " = " + row.Consensus)} | ")
                .AppendJoin(" | ", row.Cells.Select(x => x.Status == FactStatus.Omits
                    ? "omits"
                    : $"{x.Status.ToString().ToLowerInvariant()} {string.Join("/", x.Values)}".Trim()))
                .Append(" |\n");
        }
    }

    private static void Voices(StringBuilder md, EventComparison c)
    {
        md.Append("\n## Voices\n\nShare of each outlet's quoted and reported words.\n\n");
        foreach (var v in c.Voices)
        {
            md.Append(CultureInfo.InvariantCulture, $"- **{Cell(v.Column)}** ({Counted.Of(v.Words, "word")}): ")
                .AppendJoin(", ", v.Voices.Take(6).Select(x => $"{Cell(x.Speaker)} [{x.Group}] {x.Share:P0}")).Append('\n');
        }
    }

    private static void Actors(StringBuilder md, EventComparison c)
    {
        md.Append("\n## Actors\n\nMentions and mean compound of the sentences naming each actor (own voice in brackets).\n\n| Actor | ");
        ColumnHeads(md, c);
        foreach (var row in c.Actors.Take(15))
        {
            md.Append(CultureInfo.InvariantCulture, $"| {Cell(row.Actor.Name)} ({row.Actor.Kind.ToString().ToLowerInvariant()}) | ")
                .AppendJoin(" | ", row.Cells.Select(ActorCell))
                .Append(" |\n");
        }
    }

    private static string ActorCell(ActorCell x)
    {
        if (x.Mentions == 0)
        {
            return "–";
        }

        var own = x.MeanOwnVoice is { } o ? o.ToString("+0.00;−0.00;0.00", CultureInfo.InvariantCulture) : "–";
        return string.Create(CultureInfo.InvariantCulture, $"{x.Mentions}× {x.MeanAll:+0.00;−0.00;0.00} ({own})");
    }

    // The outlets as the rest of a table's header row, and the row under it.
    private static void ColumnHeads(StringBuilder md, EventComparison c) =>
        md.AppendJoin(" | ", c.Columns.Select(x => Cell(x.Name))).Append(" |\n|---|")
            .Append(string.Concat(Enumerable.Repeat("---|", c.Columns.Count))).Append('\n');

    // Article text inside a table cell: no line breaks, pipes or markup that would change the table.
    private static string Cell(string text) =>
        text.ReplaceLineEndings(" ").Replace("|", "\\|", StringComparison.Ordinal).Replace("*", "\\*", StringComparison.Ordinal)
            .Replace("<", "&lt;", StringComparison.Ordinal).Replace("[", "\\[", StringComparison.Ordinal);
}
