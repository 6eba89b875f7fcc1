using BiasDashboard.Analysis.Ingest;

namespace BiasDashboard.Web.Data.Entities;

/// <summary>
/// One stored article: its text exactly as analysed, its metadata, and the article-level scores. The sentence
/// scores are rows of <see cref="SentenceRow"/>, so every number can be traced back to sentences and words.
/// </summary>
public sealed class Article
{
    public int Id { get; set; }

    public int OutletId { get; set; }

    public Outlet Outlet { get; set; } = null!;

    public required string Title { get; set; }

    public string? Author { get; set; }

    public DateOnly? Published { get; set; }

    public string? Url { get; set; }

    public required string Body { get; set; }

    public ArticleFormat Format { get; set; }

    /// <summary>Where the article came from when that must stay unique ("seed:000_….txt"); null for uploads.</summary>
    public string? SourceKey { get; set; }

    public DateTime UploadedAtUtc { get; set; }

    public int WordCount { get; set; }

    public int SentenceCount { get; set; }

    public double MeanCompound { get; set; }

    public double MedianCompound { get; set; }

    public double? MeanIntervalLow { get; set; }

    public double? MeanIntervalHigh { get; set; }

    public double SharePositive { get; set; }

    public double ShareNeutral { get; set; }

    public double ShareNegative { get; set; }

    /// <summary>The framing lexicon and version the framing rows were computed with; null before the first scoring.</summary>
    public string? LexiconId { get; set; }

    public int? LexiconVersion { get; set; }

    public int OwnVoiceWords { get; set; }

    public int QuotedWords { get; set; }

    public double LoadedLanguageIndex { get; set; }

    public List<NewsEvent> Events { get; } = [];

    /// <summary>The event matcher's terms, counted when the article was stored (a row of their own, so list reads stay narrow).</summary>
    public ArticleMatchTerms? MatchTerms { get; set; }

    // Sets, not lists: EF Core's fix-up asks the collection whether it holds each row it tracks, which a list answers
    // by scanning, so storing an article cost time quadratic in its sentences (150,000 sentences: 53 s). Rows keep
    // reference identity (no Equals override) and are always read ordered by Index.
    public HashSet<FramingMatchRow> FramingMatches { get; } = [];

    public HashSet<SentenceRow> Sentences { get; } = [];
}
