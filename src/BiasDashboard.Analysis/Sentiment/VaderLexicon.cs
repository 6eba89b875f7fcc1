using System.Globalization;

namespace BiasDashboard.Analysis.Sentiment;

/// <summary>
/// The VADER sentiment lexicon: lower-case token to mean valence. The embedded copy is
/// <c>vader_lexicon.txt</c> from the npm package <c>vader-sentiment@1.1.3</c>, taken at build time.
/// </summary>
public sealed class VaderLexicon
{
    private const string ResourceName = "BiasDashboard.Analysis.vader_lexicon.txt";
    private readonly Dictionary<string, double> _valences;
    private readonly Dictionary<string, double>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    private VaderLexicon(Dictionary<string, double> valences)
    {
        _valences = valences;
        _lookup = valences.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>Number of distinct tokens.</summary>
    public int Count => _valences.Count;

    /// <summary>Every token and its valence.</summary>
    public IEnumerable<KeyValuePair<string, double>> Entries => _valences;

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
        foreach (var range in text.AsSpan().TrimEnd('\n').Split('\n'))
        {
            lineNumber++;
            var line = text.AsSpan(range).Trim();
            if (line.IsEmpty)
            {
                continue;
            }

            var tab = line.IndexOf('\t');
            var rest = tab < 0 ? default : line[(tab + 1)..];
            var end = rest.IndexOf('\t');
            if (tab < 0 ||
                !double.TryParse(end < 0 ? rest : rest[..end], NumberStyles.Float, CultureInfo.InvariantCulture, out var mean))
            {
                throw new FormatException($"Lexicon line {lineNumber} is not 'token<TAB>mean': '{line}'.");
            }

            valences[line[..tab].ToString()] = mean;
        }

        return new VaderLexicon(valences);
    }

    /// <summary>Loads the lexicon embedded in this assembly.</summary>
    public static VaderLexicon LoadEmbedded() => Parse(EmbeddedResource.ReadText(ResourceName));
}
