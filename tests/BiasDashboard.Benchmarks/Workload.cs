using System.Text;
using BiasDashboard.Analysis.Ingest;
using BiasDashboard.Analysis.Text;

namespace BiasDashboard.Benchmarks;

/// <summary>The benchmark inputs, all made from the seed articles.</summary>
public static class Workload
{
    private static readonly string SeedFolder = Path.Combine(AppContext.BaseDirectory, "seeds");

    /// <summary>The five seed articles, parsed.</summary>
    public static IReadOnlyList<ArticleText> Seeds { get; } = Directory.GetFiles(SeedFolder, "*.txt").Order(StringComparer.Ordinal)
        .Select(f => ArticleParser.Parse(Path.GetFileName(f), File.ReadAllText(f))).ToList();

    /// <summary>Every sentence of the seed articles, as our segmenter cuts them.</summary>
    public static IReadOnlyList<string> Sentences { get; } = Seeds
        .SelectMany(a => SentenceSegmenter.Segment(a.Body).Select(s => s.Range.In(a.Body).ToString())).ToList();

    /// <summary>A 1,000-word article: the opening paragraphs of the longest seed, cut at the paragraph that reaches 1,000 words.</summary>
    public static ArticleText ThousandWordArticle { get; } = FirstWords(Seeds.MaxBy(a => a.Body.Length)!, 1000);

    /// <summary>Writes <paramref name="count"/> <c>id TAB sentence</c> lines, cycling through <see cref="Sentences"/>.</summary>
    public static void WriteSentenceLines(string path, int count)
    {
        using var writer = new StreamWriter(path, append: false, new UTF8Encoding(false));
        for (var i = 0; i < count; i++)
        {
            var sentence = Sentences[i % Sentences.Count].Replace('\n', ' ').Replace('\t', ' ');
            writer.Write($"s{i}\t{sentence}\n");
        }
    }

    public static long Utf8Bytes(IEnumerable<string> texts) => texts.Sum(t => (long)Encoding.UTF8.GetByteCount(t));

    private static ArticleText FirstWords(ArticleText article, int words)
    {
        var paragraphs = article.Body.Split("\n\n");
        var taken = new List<string>();
        var count = 0;
        foreach (var p in paragraphs)
        {
            if (count >= words)
            {
                break;
            }

            taken.Add(p);
            count += Tokenizer.CountWords(p);
        }

        return article with { Body = string.Join("\n\n", taken) };
    }
}
