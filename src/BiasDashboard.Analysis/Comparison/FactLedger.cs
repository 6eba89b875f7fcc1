namespace BiasDashboard.Analysis.Comparison;

/// <summary>
/// Builds the fact rows found in the articles: per fact, which columns state it, omit it or contradict it, the
/// consensus value, and the sentences behind each cell.
/// </summary>
internal static class FactLedger
{
    /// <summary>Every fact any column states, differing ones first, then the most widely stated.</summary>
    public static List<FactRow> Rows(List<List<AnalysedArticle>> columns, List<string> names)
    {
        var byKey = columns.SelectMany((c, i) => c.SelectMany(a => a.Facts.Select(f => new Claim(i, a, f))))
            .GroupBy(x => x.Fact.Key, StringComparer.Ordinal);
        var rows = byKey.Select(key => key.All(x => x.Fact.Span is not null)
            ? RangeRow(key.Key, key.ToList(), names)
            : ValueRow(key.Key, key.ToList(), names));
        return rows.OrderByDescending(r => r.Differs).ThenByDescending(r => r.Cells.Count(c => c.Status != FactStatus.Omits))
            .ThenBy(r => r.Label, StringComparer.Ordinal).ToList();
    }

    /// <summary>Where the fact stands in the article, with its words.</summary>
    public static FactEvidence Evidence(AnalysedArticle article, FactClaim fact) =>
        new(article.Source.Key, fact.Sentence, fact.Range.Start, fact.Range.Length,
            article.Source.Body.Substring(fact.Range.Start, fact.Range.Length), fact.InQuote);

    // A column's value is the one it states most often (then first); the consensus is the value most columns give.
    private static FactRow ValueRow(string key, List<Claim> claims, List<string> names)
    {
        var primary = claims.GroupBy(x => x.Column)
            .ToDictionary(g => g.Key, g =>
                g.GroupBy(x => x.Fact.Value, StringComparer.Ordinal).OrderByDescending(v => v.Count()).First().Key);
        var tally = primary.Values.GroupBy(v => v, StringComparer.Ordinal).OrderByDescending(g => g.Count()).ToList();
        var consensus = tally.Count == 1 || tally[0].Count() > tally[1].Count() ? tally[0].Key : null;
        var cells = names.Select((name, i) => Cell(name, claims.Where(x => x.Column == i).ToList(), () =>
            consensus is null ? FactStatus.Disputed
            : primary[i] == consensus ? FactStatus.States
            : FactStatus.Contradicts)).ToList();
        return new FactRow(key, claims[0].Fact.Label, consensus, tally.Count > 1, false, cells);
    }

    // Quantities read as ranges ("about 300", "nearly 400"): two columns disagree only when none of one's ranges overlaps
    // any of the other's, so rounding and approximations are not contradictions. The consensus is the value of the column
    // most others agree with; with a tie the row is disputed.
    private static FactRow RangeRow(string key, List<Claim> claims, List<string> names)
    {
        var byColumn = claims.GroupBy(x => x.Column).ToDictionary(g => g.Key, g => g.Select(x => x.Fact).ToList());
        bool Agree(int a, int b) => byColumn[a].Any(x => byColumn[b].Any(y => Overlap(x.Span!.Value, y.Span!.Value)));
        var columns = byColumn.Keys.ToList();
        var support = columns.ToDictionary(c => c, c => columns.Count(o => Agree(c, o)));
        var differs = columns.Any(a => columns.Any(b => !Agree(a, b)));
        var best = support.Values.Max();
        var leaders = columns.Where(c => support[c] == best).ToList();
        var leader = leaders.Count == 1 || leaders.All(a => leaders.All(b => Agree(a, b))) ? leaders[0] : (int?)null;
        var cells = names.Select((name, i) => Cell(name, claims.Where(x => x.Column == i).ToList(), () =>
            !differs || leader is { } l && Agree(i, l) ? FactStatus.States
            : leader is null ? FactStatus.Disputed
            : FactStatus.Contradicts)).ToList();
        var consensus = leader is { } c ? byColumn[c][0].Value : null;
        return new FactRow(key, claims[0].Fact.Label, consensus, differs, false, cells);
    }

    private static bool Overlap((double Low, double High) x, (double Low, double High) y) => x.Low <= y.High + 1e-9 &&
        y.Low <= x.High + 1e-9;

    // A column that states nothing omits the fact; otherwise `status` says how its claims stand against the others.
    private static FactCell Cell(string name, List<Claim> stated, Func<FactStatus> status) =>
        new(name, stated.Count == 0 ? FactStatus.Omits : status(),
            stated.Select(x => x.Fact.Value).Distinct(StringComparer.Ordinal).ToList(),
            stated.Select(x => Evidence(x.Article, x.Fact)).ToList());

    private sealed record Claim(int Column, AnalysedArticle Article, FactClaim Fact);
}
