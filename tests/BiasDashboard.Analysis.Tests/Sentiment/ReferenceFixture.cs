using System.Globalization;
using BiasDashboard.Analysis.Sentiment;

namespace BiasDashboard.Analysis.Tests.Sentiment;

/// <summary>The golden rows produced by the reference implementation (Fixtures/vader, copied from shared/vader).</summary>
public static class ReferenceFixture
{
    private static readonly string Folder = Path.Combine(AppContext.BaseDirectory, "Fixtures", "vader");

    public static IReadOnlyList<(string Id, string Text)> Sentences { get; } =
        File.ReadAllLines(Path.Combine(Folder, "reference-public.tsv"))
            .Where(l => l.Length > 0)
            .Select(l => (l[..l.IndexOf('\t', StringComparison.Ordinal)], l[(l.IndexOf('\t', StringComparison.Ordinal) + 1)..]))
            .ToList();

    public static IReadOnlyDictionary<string, string[]> Expected { get; } =
        File.ReadAllLines(Path.Combine(Folder, "reference-public-expected.tsv"))
            .Skip(1)
            .Where(l => l.Length > 0)
            .Select(l => l.Split('\t'))
            .ToDictionary(f => f[0], f => f[1..], StringComparer.Ordinal);

    public static IReadOnlyDictionary<string, double[]> ExpectedRaw { get; } =
        File.ReadAllLines(Path.Combine(Folder, "reference-public-expected-raw.tsv"))
            .Skip(1)
            .Where(l => l.Length > 0)
            .Select(l => l.Split('\t'))
            .ToDictionary(f => f[0], f => f[5..9].Select(x => double.Parse(x, CultureInfo.InvariantCulture)).ToArray(), StringComparer.Ordinal);

    /// <summary>Formats scores the way the fixture prints them: 3/3/3/4 decimals, no negative zero.</summary>
    public static string[] Format(SentimentScores s) =>
    [
        Fixed(s.Negative, 3), Fixed(s.Neutral, 3), Fixed(s.Positive, 3), Fixed(s.Compound, 4),
    ];

    private static string Fixed(double value, int digits)
    {
        var text = value.ToString("F" + digits.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
        return text.StartsWith('-') && text.Trim('-', '0', '.').Length == 0 ? text[1..] : text;
    }
}
