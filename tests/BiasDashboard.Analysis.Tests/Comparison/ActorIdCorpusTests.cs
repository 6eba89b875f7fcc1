using Xunit.Abstractions;
using BiasDashboard.Analysis.Comparison;

namespace BiasDashboard.Analysis.Tests.Comparison;

/// <summary>
/// Precision and recall of "same id" over a gold list of spelling pairs (Fixtures/identity/spellings.tsv, written before
/// the code ran): pairs that name one actor should fold to one id, look-alike names of different actors should not.
/// </summary>
public sealed class ActorIdCorpusTests(ITestOutputHelper output)
{
    private static IEnumerable<(string A, string B, bool Same)> Gold() =>
        File.ReadLines(Path.Combine(AppContext.BaseDirectory, "Fixtures", "identity", "spellings.tsv"))
            .Where(l => l.Length > 0 && !l.StartsWith('#'))
            .Select(l => l.Split('\t'))
            .Select(p => (p[0], p[1], p[2] == "1"));

    [Fact]
    public void ActorId_OnTheGoldSpellingPairs_NeverMergesDifferentActorsAndMergesMostSpellings()
    {
        var pairs = Gold().ToList();
        var merged = pairs.Select(p => (p.A, p.B, p.Same, Merged: ActorId.Of(p.A) == ActorId.Of(p.B))).ToList();
        var truePositives = merged.Count(p => p.Same && p.Merged);
        var precision = (double)truePositives / Math.Max(1, merged.Count(p => p.Merged));
        var recall = (double)truePositives / merged.Count(p => p.Same);
        output.WriteLine($"{pairs.Count} pairs: precision {precision:0.000}, recall {recall:0.000}");
        foreach (var miss in merged.Where(p => p.Same != p.Merged))
        {
            output.WriteLine($"{(miss.Same ? "not merged" : "wrongly merged")}: {miss.A} / {miss.B}");
        }

        Assert.True(pairs.Count >= 40, "the gold list was not read");
        Assert.Equal(1.0, precision);
        Assert.True(recall >= 0.85, $"recall {recall:0.000}");
    }
}
