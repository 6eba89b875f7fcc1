using BiasDashboard.Analysis.Ingest;

namespace BiasDashboard.Analysis.Tests.Framing.Evaluation;

/// <summary>A text with the gold spans of biased word choice marked in it (docs/loaded-language.md has the guidelines).</summary>
public sealed record GoldText(string Name, string Text, IReadOnlyList<(int Start, int End)> Spans);

/// <summary>A sentence labelled biased (true) or not biased (false).</summary>
public sealed record LabelledSentence(string Text, bool Biased);

/// <summary>
/// The loaded-language development corpus under tests/corpora/loaded: short articles with <c>[[marked]]</c> biased
/// word choices, sentences labelled biased or not, and the marked spans of three seed articles (phrase and occurrence).
/// </summary>
public static class LoadedCorpus
{
    private static string Root => Path.Combine(AppContext.BaseDirectory, "corpora", "loaded");

    /// <summary>The dev articles: header lines (outlet, country, style, title) are not part of the text.</summary>
    public static IReadOnlyList<GoldText> Articles() => Directory.GetFiles(Path.Combine(Root, "articles"), "*.txt").Order(StringComparer.Ordinal)
        .Select(path =>
        {
            var lines = File.ReadAllLines(path);
            var body = string.Join("\n", lines.SkipWhile(l => l.Length > 0).Skip(1));
            return Unmark(Path.GetFileNameWithoutExtension(path), body);
        }).ToList();

    /// <summary>Reads <c>[[span]]</c> marks out of <paramref name="marked"/>: the plain text and the marked spans' offsets in it.</summary>
    public static GoldText Unmark(string name, string marked)
    {
        var text = new System.Text.StringBuilder();
        var spans = new List<(int, int)>();
        var at = 0;
        while (marked.IndexOf("[[", at, StringComparison.Ordinal) is var open and >= 0)
        {
            var close = marked.IndexOf("]]", open, StringComparison.Ordinal);
            text.Append(marked, at, open - at);
            var start = text.Length;
            text.Append(marked, open + 2, close - open - 2);
            spans.Add((start, text.Length));
            at = close + 2;
        }

        text.Append(marked, at, marked.Length - at);
        return new GoldText(name, text.ToString(), spans);
    }

    public static IReadOnlyList<LabelledSentence> Sentences() => File.ReadAllLines(Path.Combine(Root, "sentences.tsv")).Skip(1)
        .Where(l => l.Length > 0).Select(l => l.Split('\t')).Select(f => new LabelledSentence(f[1], f[0] == "1")).ToList();

    /// <summary>The seed articles with gold (seeds-gold.tsv: seed prefix, phrase, occurrence or * for every one).</summary>
    public static IReadOnlyList<GoldText> Seeds()
    {
        var rows = File.ReadAllLines(Path.Combine(Root, "seeds-gold.tsv")).Skip(1).Where(l => l.Length > 0).Select(l => l.Split('\t')).ToList();
        return rows.GroupBy(r => r[0]).Select(g =>
        {
            var path = Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "seeds"), g.Key + "_*.txt").Single();
            var body = ArticleParser.Parse(Path.GetFileName(path), File.ReadAllText(path)).Body;
            var spans = new List<(int, int)>();
            foreach (var row in g)
            {
                var found = Occurrences(body, row[1]).ToList();
                if (found.Count == 0)
                {
                    throw new InvalidDataException($"Seed {g.Key}: gold phrase '{row[1]}' is not in the text.");
                }

                spans.AddRange(row[2] == "*" ? found.Select(s => (s, s + row[1].Length))
                    : [(found[int.Parse(row[2], System.Globalization.CultureInfo.InvariantCulture) - 1], found[int.Parse(row[2], System.Globalization.CultureInfo.InvariantCulture) - 1] + row[1].Length)]);
            }

            return new GoldText("seed " + g.Key, body, spans);
        }).ToList();
    }

    private static IEnumerable<int> Occurrences(string text, string phrase)
    {
        for (var i = text.IndexOf(phrase, StringComparison.Ordinal); i >= 0; i = text.IndexOf(phrase, i + 1, StringComparison.Ordinal))
        {
            yield return i;
        }
    }
}
