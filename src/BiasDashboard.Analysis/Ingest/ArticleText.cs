namespace BiasDashboard.Analysis.Ingest;

/// <summary>
/// An article ready for analysis: <see cref="Body"/> is the text exactly as analysed (front matter removed,
/// markdown turned into plain text, line ends normalised to '\n'); every offset in the analysis points into it.
/// </summary>
public sealed record ArticleText(string Body, ArticleMetadata Metadata, ArticleFormat Format)
{
    /// <summary>
    /// The articles the file itself marks up as separate (an HTML page with several &lt;article&gt;s, each with a headline),
    /// with ranges into <see cref="Body"/>; null when its markup says nothing and <see cref="ArticleSplitter"/> reads the text.
    /// </summary>
    public IReadOnlyList<ArticlePart>? Parts { get; init; }
}
