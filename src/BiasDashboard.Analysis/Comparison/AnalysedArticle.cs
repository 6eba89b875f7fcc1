using BiasDashboard.Analysis.Text;

namespace BiasDashboard.Analysis.Comparison;

/// <summary>
/// One article as the comparison reads it: its sentences and their compounds, quotations, resolved actor mentions,
/// voices and fact claims, which the column, voice, actor and ledger builders share.
/// </summary>
// A class, not a record: it is used as a key (Distinct, GroupBy), and a record would hash the whole article body each time.
internal sealed class AnalysedArticle(
    ComparedArticle source,
    IReadOnlyList<QuoteSpan> quotes,
    IReadOnlyList<Sentence> sentences,
    IReadOnlyList<double> compounds,
    List<ActorMention> mentions,
    IReadOnlyList<VoicePassage> voices,
    IReadOnlyList<FactClaim> facts)
{
    public ComparedArticle Source { get; } = source;

    public IReadOnlyList<QuoteSpan> Quotes { get; } = quotes;

    public IReadOnlyList<Sentence> Sentences { get; } = sentences;

    public IReadOnlyList<double> Compounds { get; } = compounds;

    public List<ActorMention> Mentions { get; } = mentions;

    // Per actor, so looking up one actor's mentions does not scan them all (once per speaker it was quadratic).
    public ILookup<string, ActorMention> MentionsOf { get; } = mentions.ToLookup(m => m.Actor.Id, StringComparer.Ordinal);

    public IReadOnlyList<VoicePassage> Voices { get; } = voices;

    public IReadOnlyList<FactClaim> Facts { get; } = facts;
}

/// <summary>A name in an article resolved to a catalogued actor, with the index of the sentence it stands in.</summary>
internal sealed record ActorMention(Actor Actor, int Sentence, NameMention Mention);
