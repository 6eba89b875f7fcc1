using System.Reflection;
using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;
using BiasDashboard.Analysis.Comparison;
using BiasDashboard.Analysis.Sentiment;
using BiasDashboard.Analysis.Text;

namespace BiasDashboard.Analysis.Tests;

/// <summary>
/// Every pattern in the library runs on the linear-time engine with no match timeout, so a result never depends on how
/// busy the machine is, and inputs that made the old patterns backtrack are read like any other text.
/// </summary>
public sealed class LinearPatternTests
{
    private static IEnumerable<(string Where, Regex Regex)> LibraryPatterns()
    {
        const BindingFlags Static = BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic;
        foreach (var type in typeof(VaderAnalyzer).Assembly.GetTypes().Where(t => !t.IsGenericTypeDefinition))
        {
            foreach (var method in type.GetMethods(Static).Where(m => m.ReturnType == typeof(Regex) && m.GetParameters().Length == 0 && !m.IsGenericMethodDefinition))
            {
                yield return ($"{type.Name}.{method.Name}", (Regex)method.Invoke(null, null)!);
            }

            foreach (var field in type.GetFields(Static).Where(f => !f.FieldType.IsGenericTypeDefinition))
            {
                var value = field.GetValue(null);
                IEnumerable<object?> items = value switch
                {
                    Regex r => [r],
                    Array array => array.Cast<object?>().SelectMany(x => x is ITuple t ? Enumerable.Range(0, t.Length).Select(i => t[i]) : [x]),
                    _ => [],
                };
                foreach (var regex in items.OfType<Regex>())
                {
                    yield return ($"{type.Name}.{field.Name}", regex);
                }
            }
        }
    }

    [Fact]
    public void EveryLibraryPattern_IsLinearTimeWithNoMatchTimeout()
    {
        var patterns = LibraryPatterns().ToList();

        Assert.True(patterns.Count >= 40, $"found only {patterns.Count} patterns: the scan no longer sees them");
        Assert.All(patterns, p =>
        {
            Assert.True(p.Regex.Options.HasFlag(RegexOptions.NonBacktracking), $"{p.Where} backtracks: /{p.Regex}/");
            Assert.True(p.Regex.MatchTimeout == Regex.InfiniteMatchTimeout, $"{p.Where} has a match timeout of {p.Regex.MatchTimeout}");
        });
    }

    [Theory]
    [InlineData("")]
    [InlineData(",")]
    [InlineData(" to ")]
    [InlineData("-")]
    public void Compare_AVoteSentenceWithATwentyThousandDigitRun_StillReportsTheRealTally(string separator)
    {
        var digits = string.Join(separator, Enumerable.Repeat("1234567890", 2_000));
        var body = $"Vote\n\nThe amendment failed by 293 to 125 votes in the Commons.\n\nThe vote count was {digits} votes in the election.\n";

        var comparison = EventComparer.Default.Compare(
            [new ComparedArticle("a.txt", "Outlet", "Outlet", "Vote", null, null, body), new ComparedArticle("b.txt", "Other", "Other", "Vote", null, null, body)]);

        var tally = Assert.Single(comparison.Ledger, f => f.Key == "tally:motion");
        Assert.Equal("293–125", tally.Consensus);
    }

    [Fact]
    public void FactFinder_ThousandsOfNumbersInOneSentence_AreReadInOnePass()
    {
        var text = "Labour won " + string.Join(", ", Enumerable.Range(1, 5_000).Select(i => $"{i} votes")) + " in the election.";

        var facts = FactFinder.Find(text, SentenceSegmenter.Segment(text), ActorCatalog.Build(NameFinder.Find(text)));

        Assert.NotEmpty(facts);
        Assert.All(facts, f => Assert.InRange(f.Range.End, 0, text.Length));
    }

    [Fact]
    public void NameFinder_ALongRunOfCapitalisedWords_IsFound()
    {
        var text = "Talks: " + string.Join(' ', Enumerable.Repeat("Alpha Beta", 20_000)) + " met.";

        var names = NameFinder.Find(text);

        Assert.NotEmpty(names);
        Assert.All(names, n => Assert.Equal(text.Substring(n.Start, n.Length).Replace("’s", "", StringComparison.Ordinal).Length, n.Length));
    }

    [Fact]
    public void NameFinder_TenThousandDifferentNames_AreEachFound()
    {
        var names = Enumerable.Range(0, 10_000).Select(i => "Zed" + string.Concat(i.ToString("D5", System.Globalization.CultureInfo.InvariantCulture).Select(d => (char)('a' + d - '0')))).ToList();
        var text = "Last week " + string.Join(", ", names) + " met. Last orders were called. Alice-Jane and o’connor met.";

        var found = NameFinder.Find(text).Select(n => n.Name).ToHashSet(StringComparer.Ordinal);

        Assert.All(names, n => Assert.Contains(n, found));
        Assert.DoesNotContain("Last", found);
        Assert.Contains("Alice-Jane", found);
    }
}
