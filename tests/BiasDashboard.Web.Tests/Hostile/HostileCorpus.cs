using System.Text;

namespace BiasDashboard.Web.Tests.Hostile;

/// <summary>
/// The hostile uploads, generated in code (the big ones would be megabytes on disk). Each is a case the audit of issue
/// 10 found, or its nearest relative: it must be refused with a 4xx, store nothing and leave the server answering.
/// </summary>
internal static class HostileCorpus
{
    /// <summary>Front matter nested 35,000 levels deep (70 KB): overflowed the stack in YAML loading and killed the process.</summary>
    public static byte[] DeepYaml(int depth = 35_000) =>
        Encoding.UTF8.GetBytes("---\nx: " + new string('[', depth) + new string(']', depth) + "\n---\nBody text.\n");

    /// <summary>Block quotes nested past Markdig's depth limit: answered 500 with a stack trace.</summary>
    public static byte[] DeepMarkdown(int depth = 20_000) =>
        Encoding.UTF8.GetBytes("---\noutlet: Deep\n---\n" + new string('>', depth) + " quoted\n");

    /// <summary>Lists nested past Markdig's depth limit.</summary>
    public static byte[] DeepMarkdownList(int depth = 1_000)
    {
        var text = new StringBuilder("Deep list\n\n");
        for (var i = 0; i < depth; i++)
        {
            text.Append(' ', i * 2).Append("- item\n");
        }

        return Encoding.UTF8.GetBytes(text.ToString());
    }

    /// <summary>HTML nested 100,000 &lt;div&gt;s deep (1.1 MB): 72 s to parse.</summary>
    public static byte[] DeepHtml(int depth = 100_000) =>
        Encoding.UTF8.GetBytes("<html><body><article>" + string.Concat(Enumerable.Repeat("<div>", depth)) + "<p>Deep.</p></article></body></html>");

    /// <summary>A listing page of <paramref name="parts"/> articles, each a headline and a "Posted on" dateline.</summary>
    public static byte[] Listing(int parts)
    {
        var text = new StringBuilder();
        for (var i = 0; i < parts; i++)
        {
            text.Append("Story number ").Append(i).Append("\n\nPosted on: February 21st, 2024 by TTE\n\nThe council met on Monday and voted.\n\n");
        }

        return Encoding.UTF8.GetBytes(text.ToString());
    }

    /// <summary>A page holding <paramref name="parts"/> &lt;article&gt; elements.</summary>
    public static byte[] HtmlListing(int parts)
    {
        var html = new StringBuilder("<html><head><meta property='og:site_name' content='The Listing Times'></head><body>");
        for (var i = 0; i < parts; i++)
        {
            html.Append("<article><h2>Council story ").Append(i).Append("</h2><p>The council met on Monday and voted on item ")
                .Append(i).Append(".</p><p>Residents said the vote was fair.</p></article>");
        }

        return Encoding.UTF8.GetBytes(html.Append("</body></html>").ToString());
    }

    /// <summary>The shortest sentences there are, <paramref name="count"/> of them: the most rows a few KB can cost.</summary>
    public static byte[] ShortSentences(int count = 30_000) =>
        Encoding.UTF8.GetBytes("Short\n\n" + string.Concat(Enumerable.Repeat("Go. ", count)));

    /// <summary>A run of 20,000 digits (20 KB): made the fact finder's tally pattern quadratic.</summary>
    public static byte[] DigitRun(int digits = 20_000) =>
        Encoding.UTF8.GetBytes("Budget talks\n\nThe council said " + new string('7', digits) + " people came.\n");

    /// <summary>
    /// The minimal crasher of the comparison: an ALL-CAPS dateline and the same place in ordinary case, so two actors
    /// got one id.
    /// </summary>
    public static byte[] CapsDateline() =>
        Encoding.UTF8.GetBytes("Senate talks resume\n\nWASHINGTON — Senators met on Monday.\n\nOfficials in Washington said talks would continue.\n");
}
