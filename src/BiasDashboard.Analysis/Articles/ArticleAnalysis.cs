using BiasDashboard.Analysis.Ingest;

namespace BiasDashboard.Analysis.Articles;

/// <summary>
/// Everything measured about one article. <see cref="Body"/> is the text exactly as analysed; all offsets
/// in <see cref="Sentences"/> and <see cref="Framing"/> point into it. Serialises to JSON as is.
/// </summary>
public sealed record ArticleAnalysis(
    ArticleMetadata Metadata,
    string Body,
    int WordCount,
    int SentenceCount,
    ArticleSummary Summary,
    IReadOnlyList<SentenceScore> Sentences,
    IReadOnlyList<ArcPoint> Arc,
    Framing.FramingAnalysis Framing);
