using BiasDashboard.Analysis.Sentiment;
using BiasDashboard.Analysis.Text;

namespace BiasDashboard.Analysis.Comparison;

/// <summary>
/// Puts an event's articles side by side: per column (outlet or group) sentiment with its spread and a second
/// lexicon's verdict, who is quoted, how each actor is portrayed, and which facts each column states, omits or
/// contradicts. Every figure carries the sentences behind it.
/// </summary>
/// <remarks>
/// The orchestrator: it reads each article once, then hands the columns to <see cref="SentimentColumns"/>,
/// <see cref="VoiceColumns"/>, <see cref="ActorRows"/>, <see cref="FactLedger"/> and <see cref="TeacherFacts"/>, each
/// run contained so that one failing part leaves the others whole.
/// </remarks>
public sealed class EventComparer(VaderAnalyzer vader, AfinnAnalyzer afinn)
{
    /// <summary>AFINN mean sentence scores within ±this are neutral.</summary>
    public const double AfinnNeutralBand = 0.25;

    private readonly SentimentColumns _sentiment = new(afinn);

    /// <summary>Shared, thread-safe instance over the default lexicons.</summary>
    public static EventComparer Default { get; } = new(VaderAnalyzer.Default, AfinnAnalyzer.Default);

    /// <summary>Most actors listed (by mentions) and the fewest mentions an actor needs to be listed.</summary>
    public int MaxActors { get; init; } = 30;

    /// <inheritdoc cref="MaxActors"/>
    public int MinActorMentions { get; init; } = 2;

    /// <summary>
    /// Compares <paramref name="articles"/>; <paramref name="teacherFacts"/> head the ledger. Never throws for what is in
    /// the articles: an article that cannot be read is left out, and a section that cannot be computed is empty, each
    /// named in <see cref="EventComparison.Failures"/> with the reason, while everything else is computed.
    /// </summary>
    public EventComparison Compare(IReadOnlyList<ComparedArticle> articles, IReadOnlyList<LedgerFact>? teacherFacts = null)
    {
        ArgumentNullException.ThrowIfNull(articles);
        var failures = new List<ComparisonFailure>();
        T Contained<T>(string part, Func<T> compute, T fallback) => Contain(failures, part, compute, fallback);

        var read = articles.Select(a => Contained($"article {a.Key}", () => Read(a), null)).OfType<ReadArticle>().ToList();
        var catalog = Contained("actors", () => ActorCatalog.Build(read.SelectMany(r => r.Names)), ActorCatalog.Build([]));
        var analysed = read.Select(r => Analyse(r, catalog, failures)).ToList();
        var columns = analysed.GroupBy(a => a.Source.Column, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.OrdinalIgnoreCase)
            .Select(g => g.ToList()).ToList();
        var names = columns.Select(c => c[0].Source.Column).ToList();

        var facts = Contained("facts", () => FactLedger.Rows(columns, names), []);
        var ledger = Contained("facts", () => (teacherFacts ?? []).Select(f => TeacherFacts.Row(f, columns, names))
            .Concat(facts.Where(f => f.Cells.Count(c => c.Status != FactStatus.Omits) >= 2)).ToList(), []);
        return new EventComparison(
            Contained("sentiment", () => columns.Select(_sentiment.Build).ToList(), []),
            Contained("voices", () => columns.Select(VoiceColumns.Build).ToList(), []),
            Contained("actors", () => ActorRows.Build(columns, catalog, MinActorMentions, MaxActors), []),
            ledger,
            ledger.Where(f => f.Differs && !f.FromTeacher).ToList(),
            facts.Where(f => f.Cells.Count(c => c.Status != FactStatus.Omits) == 1).ToList())
        {
            Failures = failures,
        };
    }

    private ReadArticle Read(ComparedArticle article)
    {
        var quotes = QuoteFinder.Find(article.Body);
        var sentences = SentenceSegmenter.Segment(article.Body, quotes);
        var compounds = article.Compounds is { } given && given.Count == sentences.Count
            ? given
            : sentences.Select(s => vader.PolarityScores(article.Body.AsSpan(s.Range.Start, s.Range.Length)).Compound).ToList();
        return new ReadArticle(article, quotes, sentences, compounds, NameFinder.Find(article.Body));
    }

    // Runs one part; if it throws, records why and gives `fallback`, so one part never takes down the others.
    private static T Contain<T>(List<ComparisonFailure> failures, string part, Func<T> compute, T fallback)
    {
        try
        {
            return compute();
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            failures.Add(new ComparisonFailure(part, $"{e.GetType().Name}: {e.Message}", e));
            return fallback;
        }
    }

    // Each finder is contained per article: a finder failing on one article leaves that article's other parts, and the other
    // articles, whole.
    private static AnalysedArticle Analyse(ReadArticle read, ActorCatalog catalog, List<ComparisonFailure> failures)
    {
        var body = read.Source.Body;
        var key = read.Source.Key;
        var starts = read.Sentences.Select(s => s.Range.Start).ToArray();
        var mentions = Contain(failures, $"actors in {key}", () => read.Names
            .Select(m => (Actor: catalog.Resolve(m), Sentence: SortedOffsets.LastAtOrBefore(starts, m.Start), Mention: m))
            .Where(m => m.Actor is not null && m.Sentence >= 0)
            .Select(m => new ActorMention(m.Actor!, m.Sentence, m.Mention))
            .ToList(), []);
        var voices = Contain(failures, $"voices in {key}", () => VoiceFinder.Find(body, read.Sentences, read.Quotes, catalog, read.Names),
            []);
        var facts = Contain(failures, $"facts in {key}", () => FactFinder.Find(body, read.Sentences, catalog, read.Names), []);
        return new AnalysedArticle(read.Source, read.Quotes, read.Sentences, read.Compounds, mentions, voices, facts);
    }

    private sealed record ReadArticle(
        ComparedArticle Source, IReadOnlyList<QuoteSpan> Quotes, IReadOnlyList<Sentence> Sentences, IReadOnlyList<double> Compounds,
        IReadOnlyList<NameMention> Names);
}
