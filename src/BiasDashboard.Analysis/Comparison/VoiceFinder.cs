using System.Text.RegularExpressions;
using BiasDashboard.Analysis.Framing;
using BiasDashboard.Analysis.Text;

namespace BiasDashboard.Analysis.Comparison;

/// <summary>
/// Finds who speaks in an article. Direct quotations take their speaker from <see cref="SpeakerFinder"/>; reported
/// speech is a sentence shaped "X said (that) …", "…, X said", "according to X, …" or "X told Y (that) …", whose
/// reported clause counts as X's words (minus any quotation inside it, already counted). Names resolve through the
/// event's <see cref="ActorCatalog"/>, so "Ms Ali" and "Rushanara Ali" are one voice; a pronoun is never a speaker.
/// </summary>
public static partial class VoiceFinder
{
    /// <summary>The voice passages of <paramref name="text"/>, in order.</summary>
    public static IReadOnlyList<VoicePassage> Find(string text, IReadOnlyList<Sentence> sentences, IReadOnlyList<QuoteSpan> quotes, ActorCatalog actors)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(sentences);
        ArgumentNullException.ThrowIfNull(quotes);
        ArgumentNullException.ThrowIfNull(actors);
        var passages = new List<VoicePassage>();
        var starts = sentences.Select(s => s.Range.Start).ToArray();
        int SentenceAt(int offset)
        {
            var i = Array.BinarySearch(starts, offset);
            return Math.Max(0, i < 0 ? ~i - 1 : i);
        }


        var speakers = SpeakerFinder.FindAll(text, quotes);
        var outer = new List<QuoteSpan>();
        foreach (var quote in quotes.OrderBy(q => q.Range.Start))
        {
            if (outer.Count > 0 && quote.Range.Start < outer[^1].Range.End)
            {
                continue; // a quotation inside a quotation is the outer speaker's words
            }

            outer.Add(quote);
            var words = Tokenizer.CountWords(text, quote.Content);
            if (words > 0)
            {
                // A place or a people is not a speaker ("Palestine" from a misread attribution): the words stay unattributed.
                var actor = speakers[quote] is { } name && actors.Resolve(name) is { Kind: not ActorKind.Place and not ActorKind.Group } a ? a : null;
                passages.Add(new VoicePassage(actor?.Name, actor?.Id, VoiceKind.Direct, quote.Content, words,
                    sentences.Count == 0 ? 0 : sentences[SentenceAt(quote.Content.Start)].Index));
            }
        }

        foreach (var sentence in sentences.Where(s => !s.IsMainlyQuoted))
        {
            var body = text.Substring(sentence.Range.Start, sentence.Range.Length);
            if (Reported(body) is not { } reported)
            {
                continue;
            }

            var clause = new TextRange(sentence.Range.Start + reported.Clause.Start, reported.Clause.Length);
            var quotedInClause = outer.Where(q => q.Range.Start < clause.End && q.Range.End > clause.Start)
                .Sum(q => Tokenizer.CountWords(text, q.Range));
            var words = Tokenizer.CountWords(text, clause) - quotedInClause;
            if (words >= 3 && actors.Resolve(reported.Speaker) is { Kind: not ActorKind.Place and not ActorKind.Group } actor)
            {
                passages.Add(new VoicePassage(actor.Name, actor.Id, VoiceKind.Reported, clause, words, sentence.Index));
            }
        }

        return passages.OrderBy(p => p.Range.Start).ToList();
    }

    private static (string Speaker, TextRange Clause)? Reported(string sentence)
    {
        if (!SpeechVerbRegex().IsMatch(sentence))
        {
            return null; // most sentences report no one: skip the costlier patterns
        }

        foreach (var regex in (ReadOnlySpan<Regex>)[SaidThatRegex(), AccordingToRegex(), ClauseThenSaidRegex()])
        {
            if (regex.Match(sentence) is { Success: true } m && m.Groups["clause"].Length > 0)
            {
                return (m.Groups["who"].Value.Trim(), new TextRange(m.Groups["clause"].Index, m.Groups["clause"].Length));
            }
        }

        return null;
    }

    private const string Name = @"(?<who>(?:(?:Mr|Ms|Mrs|Dr|Sir|Dame|Lord|Lady|Baroness)\.?\s+)?\p{Lu}[\p{L}’'-]*(?:\s+\p{Lu}[\p{L}’'-]*){0,3})";
    private const string Verb = @"(?:said|says|told\s+(?:\p{Lu}[\p{L}]*(?:\s+\p{Lu}[\p{L}]*)*|the\s+\w+|reporters|journalists|\w+)|argued|claimed|warned|added|insisted|stated|explained|admitted|acknowledged|suggested|believes|thinks|reasoned|maintained|alleged)";

    [GeneratedRegex(@"\b(?:said|says|told|argued|claimed|warned|added|insisted|stated|explained|admitted|acknowledged|suggested|believes|thinks|reasoned|maintained|alleged|[Aa]ccording)\b",
        RegexOptions.NonBacktracking)]
    private static partial Regex SpeechVerbRegex();

    // "Ali said that she would…", "Marc Francis, a Labour councillor, told the Express the march was…"
    [GeneratedRegex(@"^[\s“‘""']*" + Name + @"(?:,[^,]{1,100},)?\s+" + Verb + @"(?:\s+(?:on\s+\w+|last\s+\w+|in\s+a\s+statement))?,?\s+(?:that\s+)?(?<clause>[^“""\n][^\n]*)$",
        RegexOptions.NonBacktracking)]
    private static partial Regex SaidThatRegex();

    // "According to Jess Phillips, the vote…" / "…the vote was close, according to Ms Ali."
    [GeneratedRegex(@"^\s*[Aa]ccording\s+to\s+" + Name + @"[^,]{0,60},\s*(?<clause>[^\n]+)$|^(?<clause>[^\n]+?),?\s+according\s+to\s+" + Name + @"[^\n]{0,60}$",
        RegexOptions.NonBacktracking)]
    private static partial Regex AccordingToRegex();

    // "The motion was a stunt, Starmer said." (a clause, then the attribution closing the sentence)
    [GeneratedRegex(@"^(?<clause>[^“”""\n]{12,}?),\s+" + Name + @"\s+(?:said|says|argued|claimed|warned|added|insisted)[^\n]{0,40}$",
        RegexOptions.NonBacktracking)]
    private static partial Regex ClauseThenSaidRegex();
}
