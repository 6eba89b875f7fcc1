using System.Collections.Frozen;
using System.Text.Json;

namespace BiasDashboard.Analysis.Sentiment;

/// <summary>
/// Emoji to a short English description, for the reference's first step. The reference ships its own
/// <c>emoji_utf8_lexicon.txt</c>; no reachable package does, so this uses the Unicode CLDR short names from
/// the npm package <c>unicode-emoji-json@0.9.0</c>. The reference walks the text one code point at a time, so
/// only single-code-point emoji (after dropping the U+FE0F variation selector) can ever match, in either.
/// </summary>
public sealed class EmojiLexicon
{
    private const string NamesResource = "BiasDashboard.Analysis.emoji_names.json";
    private const string ComponentsResource = "BiasDashboard.Analysis.emoji_components.json";
    private const int VariationSelector16 = 0xFE0F;
    private readonly FrozenDictionary<int, string> _descriptions;

    private EmojiLexicon(FrozenDictionary<int, string> descriptions)
    {
        _descriptions = descriptions;
        MinCodePoint = descriptions.Count == 0 ? int.MaxValue : descriptions.Keys.Min();
    }

    /// <summary>An empty lexicon: no emoji is replaced.</summary>
    public static EmojiLexicon Empty { get; } = new(FrozenDictionary<int, string>.Empty);

    /// <summary>The smallest code point with a description; text below it needs no lookup.</summary>
    public int MinCodePoint { get; }

    /// <summary>Number of code points with a description.</summary>
    public int Count => _descriptions.Count;

    /// <summary>The description of one code point, if it is an emoji.</summary>
    public bool TryGetDescription(int codePoint, out string description) =>
        _descriptions.TryGetValue(codePoint, out description!);

    /// <summary>Builds a lexicon from code point / description pairs; a later pair overrides an earlier one.</summary>
    public static EmojiLexicon FromPairs(IEnumerable<KeyValuePair<int, string>> pairs)
    {
        var map = new Dictionary<int, string>();
        foreach (var (codePoint, description) in pairs)
        {
            map[codePoint] = description;
        }

        return new EmojiLexicon(map.ToFrozenDictionary());
    }

    /// <summary>Loads the CLDR short names embedded in this assembly.</summary>
    public static EmojiLexicon LoadEmbedded()
    {
        var pairs = new List<KeyValuePair<int, string>>();
        using (var names = JsonDocument.Parse(EmbeddedResource.Open(NamesResource)))
        {
            foreach (var entry in names.RootElement.EnumerateObject())
            {
                if (SingleCodePoint(entry.Name) is { } cp && entry.Value.GetProperty("name").GetString() is { } name)
                {
                    pairs.Add(KeyValuePair.Create(cp, name));
                }
            }
        }

        // Skin tones and hair components are in a separate file, keyed by slug ("medium_dark_skin_tone").
        using (var components = JsonDocument.Parse(EmbeddedResource.Open(ComponentsResource)))
        {
            foreach (var entry in components.RootElement.EnumerateObject())
            {
                if (SingleCodePoint(entry.Value.GetString() ?? "") is { } cp)
                {
                    pairs.Add(KeyValuePair.Create(cp, entry.Name.Replace('_', ' ')));
                }
            }
        }

        return FromPairs(pairs);
    }

    private static int? SingleCodePoint(string emoji)
    {
        int? only = null;
        foreach (var rune in emoji.EnumerateRunes())
        {
            if (rune.Value == VariationSelector16)
            {
                continue;
            }

            if (only is not null)
            {
                return null;
            }

            only = rune.Value;
        }

        return only;
    }
}
