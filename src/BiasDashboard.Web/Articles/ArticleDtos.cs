namespace BiasDashboard.Web.Articles;

/// <summary>An article in lists (<c>GET /api/articles</c>).</summary>
public sealed record ArticleListItem(
    int Id, string Title, string Outlet, DateOnly? Published, string? Url, IReadOnlyList<string> EventIds,
    int WordCount, int SentenceCount, double MeanCompound, DateTime UploadedAtUtc);

/// <summary>
/// One article with its full analysis (<c>GET /api/articles/{id}</c>). Offsets are UTF-16 indices into <see cref="Text"/>.
/// </summary>
public sealed record ArticleDetail(
    int Id,
    string Title,
    string Outlet,
    string? Author,
    DateOnly? Published,
    string? Url,
    string Format,
    DateTime UploadedAtUtc,
    IReadOnlyList<EventRef> Events,
    int WordCount,
    int SentenceCount,
    ArticleScores Summary,
    string Text,
    IReadOnlyList<SentenceDetail> Sentences,
    ArticleFraming Framing);

/// <summary>The article's framing matches (offsets into <see cref="ArticleDetail.Text"/>) and the lexicon version they came from.</summary>
public sealed record ArticleFraming(string? LexiconId, int? LexiconVersion, double LoadedLanguageIndex,
    IReadOnlyList<FramingMatchDetail> Matches);

/// <summary>One framing match; <see cref="Option"/> is set for a contested set's option (then <see cref="Category"/> is the set).</summary>
public sealed record FramingMatchDetail(int Start, int End, string Text, string Term, string Category, string? Option, bool InQuote,
    string? Speaker);

public sealed record EventRef(string Id, string Title);

/// <summary>Article-level scores: mean and median sentence compound, its 95% interval, and the polarity shares.</summary>
public sealed record ArticleScores(
    double MeanCompound, double MedianCompound, double? MeanIntervalLow, double? MeanIntervalHigh,
    double SharePositive, double ShareNeutral, double ShareNegative);

public sealed record SentenceDetail(
    int Index, int Start, int End, int Paragraph, string Kind, double QuotedShare,
    double Neg, double Neu, double Pos, double Compound, IReadOnlyList<WordEvidence> Words);

/// <summary>
/// The JSON body of <c>POST /api/articles</c>; only <see cref="Outlet"/> and <see cref="Text"/> are required. With
/// <see cref="AutoEvent"/> and no event ids, the article joins the stored event it is most like, or a new one.
/// </summary>
public sealed record ArticleJsonUpload(
    string? Title, string? Outlet, DateOnly? Published, string? Url, string? Text, IReadOnlyList<string>? EventIds, bool? AutoEvent = null);

/// <summary>The answer to an upload: the new article's id, or one result per file for a multipart upload.</summary>
public sealed record UploadResponse(int? Id, IReadOnlyList<IngestResult> Results);
