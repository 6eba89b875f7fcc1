using System.Buffers;
using System.Collections.Frozen;
using System.Text;
using System.Text.Json;

namespace BiasDashboard.Analysis.Sentiment;

/// <summary>
/// Emoji to a short English description, for the reference's first step. The reference ships its own
/// <c>emoji_utf8_lexicon.txt</c>; no reachable package does, so this uses the Unicode CLDR short names from
/// the npm package <c>unicode-emoji-json@0.9.0</c>. The reference walks the text one code point at a time, so
/// only single-code-point emoji (after dropping the U+FE0F variation selector) can ever match, in either.
/// The table loads on the first text that holds a possible emoji, so emoji-free runs never pay for it.
/// </summary>
public sealed class EmojiLexicon
{
    private const string NamesResource = "BiasDashboard.Analysis.emoji_names.json";
    private const string ComponentsResource = "BiasDashboard.Analysis.emoji_components.json";
    private const int VariationSelector16 = 0xFE0F;
    private readonly Lazy<FrozenDictionary<int, string>> _descriptions;

    private EmojiLexicon(Func<FrozenDictionary<int, string>> load) => _descriptions = new(load);

    /// <summary>An empty lexicon: no emoji is replaced.</summary>
    public static EmojiLexicon Empty { get; } = new(() => FrozenDictionary<int, string>.Empty);

    /// <summary>Number of code points with a description.</summary>
    public int Count => _descriptions.Value.Count;

    /// <summary>
    /// Whether a code point can be an emoji at all: ©, ® or U+203C (‼) and above. Curly quotes, dashes and
    /// accented letters are not, so the common non-ASCII characters of news text skip the table.
    /// </summary>
    public static bool IsCandidate(int codePoint) => codePoint is 0xA9 or 0xAE || codePoint >= 0x203C;

    /// <summary>Index of the first emoji in <paramref name="text"/>, or -1.</summary>
    public int IndexOfEmoji(ReadOnlySpan<char> text)
    {
        var i = text.IndexOfAnyExceptInRange('\0', '\u00A8');
        while (i >= 0 && i < text.Length)
        {
            if (Rune.DecodeFromUtf16(text[i..], out var rune, out var used) == OperationStatus.Done &&
                IsCandidate(rune.Value) && _descriptions.Value.ContainsKey(rune.Value))
            {
                return i;
            }

            i += used;
            var next = text[i..].IndexOfAnyExceptInRange('\0', '\u00A8');
            i = next < 0 ? -1 : i + next;
        }

        return -1;
    }

    /// <summary>The description of one code point, if it is an emoji.</summary>
    public bool TryGetDescription(int codePoint, out string description)
    {
        description = "";
        return IsCandidate(codePoint) && _descriptions.Value.TryGetValue(codePoint, out description!);
    }

    /// <summary>Builds a lexicon from code point / description pairs; a later pair overrides an earlier one.</summary>
    /// <exception cref="ArgumentException">A code point is not an <see cref="IsCandidate">emoji candidate</see>.</exception>
    public static EmojiLexicon FromPairs(IEnumerable<KeyValuePair<int, string>> pairs)
    {
        var table = Build(pairs);
        return new EmojiLexicon(() => table);
    }

    /// <summary>The CLDR short names embedded in this assembly, read on first use.</summary>
    public static EmojiLexicon LoadEmbedded() => new(() => Build(ReadEmbeddedPairs()));

    private static FrozenDictionary<int, string> Build(IEnumerable<KeyValuePair<int, string>> pairs)
    {
        var map = new Dictionary<int, string>();
        foreach (var (codePoint, description) in pairs)
        {
            if (!IsCandidate(codePoint))
            {
                throw new ArgumentException($"U+{codePoint:X4} is below U+203C and not ©/®; the emoji prefilter would skip it.");
            }

            map[codePoint] = description;
        }

        return map.ToFrozenDictionary();
    }

    private static List<KeyValuePair<int, string>> ReadEmbeddedPairs()
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

        return pairs;
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
