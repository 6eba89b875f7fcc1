using BiasDashboard.Analysis.Comparison;
using BiasDashboard.Analysis.Text;

namespace BiasDashboard.Analysis.Framing;

/// <summary>
/// Names the speaker of a direct quotation where the text does, by <see cref="Attribution"/>: a speech-verb frame on
/// either side ("…,” said Ms Ali", "Marc Francis, a councillor, said: “…”", "according to Jess Phillips"), a pronoun
/// or role noun resolved to the last compatible named person, or the speaker a split quotation or a following
/// quotation paragraph continues. Names are resolved within this one text; a quotation the text does not attribute
/// keeps no speaker rather than a guess.
/// </summary>
public static class SpeakerFinder
{
    /// <summary>The speakers of all <paramref name="quotes"/>, by the name the text resolves them to.</summary>
    public static IReadOnlyDictionary<QuoteSpan, string?> FindAll(string text, IReadOnlyList<QuoteSpan> quotes)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(quotes);
        var names = NameFinder.Find(text);
        var attribution = Attribution.Find(text, SentenceSegmenter.Segment(text, quotes), quotes, names, ActorCatalog.Build(names));
        return quotes.ToDictionary(q => q, q =>
            attribution.Quotes.GetValueOrDefault(q) is { Kind: not ActorKind.Place and not ActorKind.Group } a ? a.Name : null);
    }

    /// <summary>The named speaker of <paramref name="quote"/> in <paramref name="text"/>, or null.</summary>
    public static string? Find(string text, QuoteSpan quote) => FindAll(text, [quote])[quote];
}
