using System.Collections.Frozen;
using System.Globalization;

namespace BiasDashboard.Analysis.Sentiment;

/// <summary>
/// The VADER sentiment lexicon: lower-case token to mean valence. The embedded copy is
/// <c>vader_lexicon.txt</c> from the npm package <c>vader-sentiment@1.1.3</c>, taken at build time.
/// </summary>
public sealed class VaderLexicon
{
    private const string ResourceName = "BiasDashboard.Analysis.vader_lexicon.txt";
    private readonly FrozenDictionary<string, double> _valences;
    private readonly FrozenDictionary<string, double>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    private VaderLexicon(FrozenDictionary<string, double> valences)
    {
        _valences = valences;
        _lookup = valences.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>Number of distinct tokens.</summary>
    public int Count => _valences.Count;

    /// <summary>Looks up an already lower-cased token.</summary>
    public bool TryGetValence(ReadOnlySpan<char> token, out double valence) => _lookup.TryGetValue(token, out valence);

    /// <summary>
    /// Parses lexicon text as the reference does: one <c>token TAB mean TAB …</c> per line, blank lines
    /// skipped, a later duplicate overriding an earlier one.
    /// </summary>
    /// <exception cref="FormatException">A non-blank line has no tab or no parsable mean.</exception>
    public static VaderLexicon Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var valences = new Dictionary<string, double>(StringComparer.Ordinal);
        var lineNumber = 0;
        foreach (var rawLine in text.TrimEnd('\n').Split('\n'))
        {
            lineNumber++;
            if (rawLine.Length == 0)
            {
                continue;
            }

            var fields = rawLine.Trim().Split('\t');
            if (fields.Length < 2 ||
                !double.TryParse(fields[1], NumberStyles.Float, CultureInfo.InvariantCulture, out var mean))
            {
                throw new FormatException($"Lexicon line {lineNumber} is not 'token<TAB>mean': '{rawLine}'.");
            }

            valences[fields[0]] = mean;
        }

        return new VaderLexicon(valences.ToFrozenDictionary(StringComparer.Ordinal));
    }

    /// <summary>Loads the lexicon embedded in this assembly.</summary>
    public static VaderLexicon LoadEmbedded() => Parse(EmbeddedResource.ReadText(ResourceName));
}
