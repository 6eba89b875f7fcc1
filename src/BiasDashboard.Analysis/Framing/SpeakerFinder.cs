using System.Text.RegularExpressions;
using BiasDashboard.Analysis.Text;

namespace BiasDashboard.Analysis.Framing;

/// <summary>
/// Names the speaker of a direct quotation where the text does, in the usual news patterns around it:
/// "…,” said Ms Ali / “…,” Ms Ali said / Marc Francis, a councillor, said: “…” / according to Jess Phillips.
/// A pronoun ("she said") is not a name, so such quotations keep no speaker rather than a guess.
/// </summary>
public static partial class SpeakerFinder
{
    private const int Window = 160;

    /// <summary>
    /// The speakers of all <paramref name="quotes"/> (sorted by position). A quotation paragraph with no speaker of
    /// its own that follows a quotation paragraph with one continues that speaker's words, as news copy does.
    /// </summary>
    public static IReadOnlyDictionary<QuoteSpan, string?> FindAll(string text, IReadOnlyList<QuoteSpan> quotes)
    {
        var speakers = new Dictionary<QuoteSpan, string?>();
        QuoteSpan? previous = null;
        foreach (var quote in quotes)
        {
            var speaker = Find(text, quote);
            if (speaker is null && previous is not null && speakers[previous] is { } earlier && StartsParagraph(text, quote) &&
                StartsParagraph(text, previous) && text.AsSpan(previous.Range.End, quote.Range.Start - previous.Range.End).IndexOfAny(".!?") <= 1)
            {
                speaker = earlier;
            }

            speakers[quote] = speaker;
            previous = quote;
        }

        return speakers;
    }

    private static bool StartsParagraph(string text, QuoteSpan quote) =>
        string.IsNullOrWhiteSpace(text[ParagraphStart(text, quote.Range.Start)..quote.Range.Start]);

    // The start of the paragraph holding `offset`, looking back at most a window (then the window's start).
    private static int ParagraphStart(string text, int offset)
    {
        if (offset == 0)
        {
            return 0;
        }

        var count = Math.Min(Window * 4, offset);
        var newline = text.LastIndexOf('\n', offset - 1, count);
        return newline >= 0 ? newline + 1 : offset - count;
    }

    /// <summary>The named speaker of <paramref name="quote"/> in <paramref name="text"/>, or null.</summary>
    public static string? Find(string text, QuoteSpan quote)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(quote);
        // Every search is bounded to a window, so a huge single-paragraph text with many quotes stays linear.
        var paragraphEnd = text.IndexOf('\n', quote.Range.End, Math.Min(Window, text.Length - quote.Range.End)) is var n and >= 0
            ? n : Math.Min(text.Length, quote.Range.End + Window);
        var after = text.AsSpan(quote.Range.End, Math.Min(Window, paragraphEnd - quote.Range.End)).ToString();
        if (AfterRegex().Match(after) is { Success: true } a)
        {
            return Clean(a.Groups["who"].Value);
        }

        var paragraphStart = ParagraphStart(text, quote.Range.Start);
        var from = Math.Max(paragraphStart, quote.Range.Start - Window);
        var before = text[from..quote.Range.Start];
        if (BeforeRegex().Match(before) is { Success: true } b)
        {
            return Clean(b.Groups["who"].Value);
        }

        // "Akunjee appeared to blame Masroor …, saying: “…”" / "Ali thanked those who had campaigned for her: “…”": a quotation
        // introduced by a colon belongs to the sentence's subject, its first name not after a preposition.
        if (before.TrimEnd().EndsWith(':') && SubjectOf(before) is { } subject)
        {
            return subject;
        }

        // News often names the speaker, then quotes them in the next paragraph ("Nisha Bains, a lawyer, said …" / "“I feel …”").
        if (string.IsNullOrWhiteSpace(text[paragraphStart..quote.Range.Start]) && paragraphStart > 1)
        {
            var previousEnd = paragraphStart - 1;
            while (previousEnd > 0 && char.IsWhiteSpace(text[previousEnd - 1]))
            {
                previousEnd--;
            }

            var previousStart = ParagraphStart(text, previousEnd);
            // Weaker evidence than a "said" beside the quote, so only a full name or a titled one ("Ms Ali") counts.
            var introduced = IntroducesRegex().Matches(text[previousStart..previousEnd])
                .LastOrDefault(m => m.Groups["who"].Value.Trim().Contains(' ', StringComparison.Ordinal));
            if (introduced is not null)
            {
                return Clean(introduced.Groups["who"].Value);
            }
        }

        return null;
    }

    private static string? SubjectOf(string before)
    {
        var sentenceStart = before.LastIndexOfAny(['.', '!', '?', '\n', '”', '"']) + 1;
        var sentence = before[sentenceStart..];
        return Comparison.NameFinder.Find(sentence)
            .Where(m => !PrepositionBeforeRegex().IsMatch(sentence[..m.Start]) && !(Comparison.KnownActors.TryGet(m.Name, out _, out var kind) && kind is Comparison.ActorKind.Place or Comparison.ActorKind.Group))
            .Select(m => m.Title is null ? m.Name : m.Title + " " + m.Name)
            .FirstOrDefault();
    }

    private static string Clean(string who) => who.Trim().TrimEnd(',', '.');

    // After the quotation: ", said Ms Ali" or ", Ms Ali said". A name is one to four capitalised words.
    [GeneratedRegex(
        @"^\s*[,.]?\s*(?:(?:said|says|told\s+\w+|added|insisted|claimed|warned|wrote|tweeted|stated|argued|explained)\s+(?<who>(?:Mr|Ms|Mrs|Dr|Sir|Dame|Lord|Lady)?\.?\s*\p{Lu}[\p{L}’'.-]*(?:\s+\p{Lu}[\p{L}’'.-]*){0,3})|(?<who>(?:Mr|Ms|Mrs|Dr|Sir|Dame|Lord|Lady)?\.?\s*\p{Lu}[\p{L}’'.-]*(?:\s+\p{Lu}[\p{L}’'.-]*){0,3})\s+(?:said|says|told|added|insisted|claimed|warned|wrote|tweeted|stated|argued|explained)\b)",
        RegexOptions.NonBacktracking)]
    private static partial Regex AfterRegex();

    // Before the quotation: "Marc Francis, Labour councillor, said: ", "according to Jess Phillips, ".
    [GeneratedRegex(
        @"(?:(?<who>\p{Lu}[\p{L}’'.-]*(?:\s+\p{Lu}[\p{L}’'.-]*){0,3})(?:,[^,“”""‘]{1,80},)?\s+(?:said|says|told\s+\w+|added|insisted|claimed|warned|wrote|tweeted|stated|argued|explained)(?:\s+that)?|[Aa]ccording\s+to\s+(?<who>\p{Lu}[\p{L}’'.-]*(?:\s+\p{Lu}[\p{L}’'.-]*){0,3}))\s*[:,]?\s*$",
        RegexOptions.NonBacktracking)]
    private static partial Regex BeforeRegex();

    // A paragraph where a named person says something: "Oussama Al Saqr, a Jordanian …, said a ceasefire …".
    [GeneratedRegex(
        @"(?<who>(?:Mr|Ms|Mrs|Dr|Sir|Dame|Lord|Lady)?\.?\s*\p{Lu}[\p{L}’'.-]*(?:\s+\p{Lu}[\p{L}’'.-]*){0,3})(?:,[^“”""‘]{1,160}?)?,?\s+(?:said|says|told|added|insisted|claimed|warned|wrote|tweeted|stated|argued|explained|revealed)\b",
        RegexOptions.NonBacktracking)]
    private static partial Regex IntroducesRegex();

    [GeneratedRegex(@"\b(?:at|to|of|from|by|with|for|on|against|about|behind|than|like)\s+(?:the\s+)?$", RegexOptions.IgnoreCase | RegexOptions.NonBacktracking)]
    private static partial Regex PrepositionBeforeRegex();
}
