using System.Collections.Frozen;
using BiasDashboard.Analysis.Text;

namespace BiasDashboard.Analysis.Comparison;

/// <summary>Reported speech: the clause a named speaker is reported as saying, in sentence <see cref="Sentence"/>.</summary>
public sealed record ReportedSpeech(TextRange Clause, Actor Speaker, int Sentence);

/// <summary>
/// Who said what in one article, the way rule-based quote attribution for news works (speech-verb frames around the
/// quotation, then continuation; see docs/attribution.md): for each quotation an attribution frame after it
/// ("…,” said Sen. Maria Delgado", "…,” Reid said", "…,” she said") or before it in its sentence ("Dr Nair said: “…",
/// "X called the deal “historic”", "Said Ortiz: “…"); the subject may carry an appositive or an age ("Sue Patel, 58, who
/// lives nearby, said"), be an organisation ("a spokesperson for GreenCycle", "the company"), a pronoun or a role noun
/// ("she", "the minister"), resolved to the last compatible named person in the paragraph or the one before; a
/// quotation with no frame continues the speaker of the quotation before it in its paragraph (split quotes) or of the
/// last voice of the paragraph before. Reported speech is a sentence "X said (that) …", "…, X said", "according to X, …",
/// "X told Y (that) …". A frame whose subject names no one ("his lawyer said", "officials said", "according to Smith's
/// lawyer") blocks every guess: the words stay unattributed. Every step looks at a bounded window, so the whole is
/// linear in the text.
/// </summary>
public sealed partial class Attribution
{
    private const int Reach = 240;

    // How many names back a pronoun or a continuation looks, so a paragraph of thousands of names stays linear.
    private const int MentionReach = 40;

    private static readonly FrozenSet<string> Auxiliaries = FrozenSet.ToFrozenSet(
        ["has", "had", "have", "also", "later", "then", "previously", "once", "again", "would", "will", "had", "repeatedly", "publicly",
            "privately", "quickly", "simply", "both"],
        StringComparer.Ordinal);

    private static readonly FrozenSet<string> OrganisationNouns = FrozenSet.ToFrozenSet(
        ["company", "firm", "agency", "service", "union", "council", "group", "department", "ministry", "government", "authority",
            "watchdog", "regulator",
         "court", "committee", "board", "charity", "campaign", "university", "school", "hospital", "airline", "club", "party", "police",
             "force", "office",
         "operator", "organisation", "organization", "association", "commission", "bank", "trust"],
        StringComparer.Ordinal);

    private static readonly FrozenSet<string> SpokesNouns = FrozenSet.ToFrozenSet(
        ["spokesperson", "spokesman", "spokeswoman", "spokespeople", "representative", "official", "officials", "source", "statement"],
            StringComparer.Ordinal);

    private static readonly FrozenSet<string> OtherDeterminers = FrozenSet.ToFrozenSet(
        ["his", "her", "their", "its", "a", "an", "one", "another", "some", "many", "our", "my", "your", "several", "two", "three"],
            StringComparer.Ordinal);

    private static readonly FrozenSet<string> Prepositions = FrozenSet.ToFrozenSet(
        ["at", "to", "of", "from", "by", "with", "for", "on", "against", "about", "behind", "than", "like", "in", "into", "over", "under",
            "after", "before"], StringComparer.Ordinal);

    private readonly string _text;
    private readonly IReadOnlyList<Sentence> _sentences;
    private readonly int[] _sentenceStarts;
    private readonly List<QuoteSpan> _outer = [];
    private readonly List<(int Start, int End, string Lower)> _words = [];
    private readonly int[] _wordStarts;
    private readonly List<(NameMention Mention, Actor? Actor)> _mentions;
    private readonly int[] _mentionStarts;
    private readonly Dictionary<int, int> _mentionByEnd = [];
    private readonly List<int> _lineStarts = [0];
    private readonly ActorCatalog _catalog;
    private readonly Dictionary<QuoteSpan, Actor?> _quotes = [];
    private readonly List<ReportedSpeech> _reported = [];
    private readonly List<(int Position, int Paragraph, Actor? Speaker)> _voices = [];

    private Attribution(string text, IReadOnlyList<Sentence> sentences, IReadOnlyList<QuoteSpan> quotes, IReadOnlyList<NameMention> names,
        ActorCatalog catalog)
    {
        _text = text;
        _catalog = catalog;
        _sentences = sentences.OrderBy(s => s.Range.Start).ToList();
        _sentenceStarts = _sentences.Select(s => s.Range.Start).ToArray();
        foreach (var quote in quotes.OrderBy(q => q.Range.Start))
        {
            if (_outer.Count == 0 || quote.Range.Start >= _outer[^1].Range.End)
            {
                _outer.Add(quote);
            }
        }

        ScanWords();
        _wordStarts = _words.Select(w => w.Start).ToArray();
        _mentions = names.OrderBy(m => m.Start).Select(m => (m, catalog.Resolve(m))).ToList();
        _mentionStarts = _mentions.Select(m => m.Mention.Start).ToArray();
        for (var i = 0; i < _mentions.Count; i++)
        {
            _mentionByEnd[_mentions[i].Mention.Start + _mentions[i].Mention.Length] = i;
        }

        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\n')
            {
                _lineStarts.Add(i + 1);
            }
        }
    }

    /// <summary>The speaker of every quotation (null when the text names none), outer and inner alike.</summary>
    public IReadOnlyDictionary<QuoteSpan, Actor?> Quotes => _quotes;

    /// <summary>The reported speech whose speaker the text names, in order.</summary>
    public IReadOnlyList<ReportedSpeech> Reported => _reported;

    /// <summary>Attributes the quotations and reported speech of <paramref name="text"/>; names resolve through <paramref
    /// name="catalog"/>.</summary>
    public static Attribution Find(string text, IReadOnlyList<Sentence> sentences, IReadOnlyList<QuoteSpan> quotes,
        IReadOnlyList<NameMention> names, ActorCatalog catalog)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(sentences);
        ArgumentNullException.ThrowIfNull(quotes);
        ArgumentNullException.ThrowIfNull(names);
        ArgumentNullException.ThrowIfNull(catalog);
        var attribution = new Attribution(text, sentences, quotes, names, catalog);
        attribution.Run(quotes);
        return attribution;
    }

    private void Run(IReadOnlyList<QuoteSpan> all)
    {
        // Reported frames and quotations in reading order, so continuation and pronouns see what came before.
        var events = _sentences.Select(s => (At: s.Range.Start, Quote: (QuoteSpan?)null, Sentence: (Sentence?)s))
            .Concat(_outer.Select(q => (At: q.Range.Start, Quote: (QuoteSpan?)q, Sentence: (Sentence?)null)))
            .OrderBy(e => e.At).ThenBy(e => e.Quote is null ? 0 : 1).ToList();
        foreach (var (_, quote, sentence) in events)
        {
            if (quote is not null)
            {
                var speaker = AttributeQuote(quote);
                _quotes[quote] = speaker;
                _voices.Add((quote.Range.Start, ParagraphOf(quote.Range.Start), speaker));
            }
            else if (ReportedIn(sentence!) is { } reported)
            {
                if (reported.Speaker is { } actor && reported.Clause.Length > 0)
                {
                    _reported.Add(new ReportedSpeech(reported.Clause, actor, sentence!.Index));
                }

                _voices.Add((reported.Clause.Start, ParagraphOf(reported.Clause.Start), reported.Speaker));
            }
        }

        foreach (var quote in all.Where(q => !_quotes.ContainsKey(q)))
        {
            var outer = InQuote(quote.Range.Start);
            _quotes[quote] = outer is null ? null : _quotes.GetValueOrDefault(outer);
        }
    }
}
