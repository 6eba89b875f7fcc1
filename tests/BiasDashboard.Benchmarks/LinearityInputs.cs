using System.Text;
using BiasDashboard.Analysis.Articles;
using BiasDashboard.Analysis.Comparison;
using BiasDashboard.Analysis.Ingest;

namespace BiasDashboard.Benchmarks;

/// <summary>The shapes of input the linear-time benchmark grows: ordinary news, and inputs built to make a stage super-linear.</summary>
public enum Shape
{
    /// <summary>The seed articles' paragraphs, repeated.</summary>
    Ordinary,

    /// <summary>One run of digits in a sentence about a vote (once quadratic in the tally pattern).</summary>
    DigitRun,

    /// <summary>One run of capitalised words (a name run for the name finder).</summary>
    CapitalisedRun,

    /// <summary>Thousands of short attributed quotations in one paragraph.</summary>
    Quotes,

    /// <summary>"Mr. " repeated: abbreviations that never end a sentence.</summary>
    MrRepeated,

    /// <summary>Thousands of numbers followed by what they count, in one sentence.</summary>
    Numbers,

    /// <summary>HTML nested 500 deep (just under the limit), repeated.</summary>
    DeepHtml,

    /// <summary>Markdown block quotes and lists nested 30 deep (just under the limit), repeated.</summary>
    DeepMarkdown,
}

/// <summary>Builds each <see cref="Shape"/> at a given size, and runs it through the pipeline.</summary>
public static class LinearityInputs
{
    /// <summary>The file name and content of <paramref name="shape"/> at about <paramref name="kilobytes"/> KB.</summary>
    public static (string File, string Content) Make(Shape shape, int kilobytes)
    {
        var size = kilobytes * 1024;
        return shape switch
        {
            Shape.Ordinary => ("a.txt", Fill("Coverage\n\n", string.Join("\n\n", Workload.Seeds.Select(s => s.Body)) + "\n\n", size)),
            Shape.DigitRun => ("a.txt", "Vote count\n\nThe election vote was " + new string('7', size) + " to 3 votes.\n"),
            Shape.CapitalisedRun => ("a.txt", "Names\n\nOn Monday " + Fill("", "Alpha Beta Gamma Delta ", size) + "met.\n"),
            Shape.Quotes => ("a.txt", "Quotes\n\n" + Fill("", "“Yes,” Ms Ali said. ", size) + "\n"),
            Shape.MrRepeated => ("a.txt", "Titles\n\nThey met " + Fill("", "Mr. ", size) + "Smith.\n"),
            Shape.Numbers => ("a.txt", "Labour won the election with " + Fill("", "12 votes, 3 MPs resigned, 45 per cent, ", size) + "in all.\n"),
            Shape.DeepHtml => ("a.html", "<html><body><article>" +
                Fill("", string.Concat(Enumerable.Repeat("<div>", 500)) + "<p>Talks resumed on Monday.</p>" + string.Concat(Enumerable.Repeat("</div>", 500)), size) +
                "</article></body></html>"),
            Shape.DeepMarkdown => ("a.md", "# Nested\n\n" + Fill("", string.Concat(Enumerable.Range(0, 30).Select(i => new string('>', i + 1) + " Talks resumed on Monday.\n")) + "\n" +
                string.Concat(Enumerable.Range(0, 15).Select(i => new string(' ', 2 * i) + "- item\n")) + "\n", size)),
            _ => throw new ArgumentOutOfRangeException(nameof(shape)),
        };
    }

    /// <summary>Parses and analyses the input.</summary>
    public static ArticleAnalysis Analyze((string File, string Content) input) =>
        ArticleAnalyzer.Default.Analyze(ArticleParser.Parse(input.File, input.Content));

    /// <summary>Compares the input against one seed article, under two outlets.</summary>
    public static EventComparison Compare(ArticleText article) =>
        EventComparer.Default.Compare([
            new ComparedArticle("big", "Outlet A", "Outlet A", "Big", null, null, article.Body),
            new ComparedArticle("seed", "Outlet B", "Outlet B", "Seed", null, null, Workload.Seeds[0].Body),
        ]);

    public static long Bytes((string File, string Content) input) => Encoding.UTF8.GetByteCount(input.Content);

    private static string Fill(string head, string unit, int size)
    {
        var builder = new StringBuilder(head, size + unit.Length);
        while (builder.Length < size)
        {
            builder.Append(unit);
        }

        return builder.ToString();
    }
}
