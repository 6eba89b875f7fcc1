namespace BiasDashboard.Analysis.Ingest;

/// <summary>
/// An article ready for analysis: <see cref="Body"/> is the text exactly as analysed (front matter removed,
/// markdown turned into plain text, line ends normalised to '\n'); every offset in the analysis points into it.
/// </summary>
public sealed record ArticleText(string Body, ArticleMetadata Metadata, ArticleFormat Format);
