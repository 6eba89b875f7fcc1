using System.Globalization;

namespace BiasDashboard.Analysis.Sentiment;

/// <summary>One word the news tone adds to VADER's list: its valence and the VADER neighbours it was taken from.</summary>
public sealed record NewsToneWord(string Word, double Valence, IReadOnlyList<string> Neighbours);

/// <summary>
/// "News tone": standard VADER plus a small, documented extension of loaded news words that VADER's list lacks
/// ("slaughtered", "massacred", "slammed", "mob"). Each added word's valence is the mean VADER valence of the plain
/// neighbours it names (slaughtered → killed: −3.5), so the extension invents no numbers of its own. The rules and the
/// rest of the list are VADER's, unchanged; standard VADER stays the reference tone, and this is a second one beside it.
/// </summary>
public static class NewsTone
{
    private const string ResourceName = "BiasDashboard.Analysis.Framing.news-tone.tsv";

    private static readonly Lazy<(VaderAnalyzer Analyzer, IReadOnlyList<NewsToneWord> Words)> Built = new(Build);

    /// <summary>The analyzer with the extension: VADER's rules over VADER's list plus <see cref="Words"/>.</summary>
    public static VaderAnalyzer Analyzer => Built.Value.Analyzer;

    /// <summary>The added words, with their valences and neighbours.</summary>
    public static IReadOnlyList<NewsToneWord> Words => Built.Value.Words;

    /// <summary>Derives each word's valence from its neighbours in <paramref name="vader"/>.</summary>
    /// <exception cref="FormatException">A neighbour is not in VADER's list, or a word already is.</exception>
    public static IReadOnlyList<NewsToneWord> Derive(string tsv, VaderLexicon vader)
    {
        ArgumentNullException.ThrowIfNull(tsv);
        ArgumentNullException.ThrowIfNull(vader);
        var words = new List<NewsToneWord>();
        foreach (var line in tsv.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0 && l[0] != '#'))
        {
            var fields = line.Split('\t');
            var neighbours = fields[1].Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
            if (vader.TryGetValence(fields[0], out _))
            {
                throw new FormatException($"'{fields[0]}' is already in VADER's list; the extension only adds missing words.");
            }

            var valences = neighbours.Select(n => vader.TryGetValence(n, out var v) ? v
                : throw new FormatException($"Neighbour '{n}' of '{fields[0]}' is not in VADER's list.")).ToList();
            words.Add(new NewsToneWord(fields[0], Math.Round(valences.Average(), 2), neighbours));
        }

        return words;
    }

    private static (VaderAnalyzer, IReadOnlyList<NewsToneWord>) Build()
    {
        var vaderText = EmbeddedResource.ReadText("BiasDashboard.Analysis.vader_lexicon.txt");
        var words = Derive(EmbeddedResource.ReadText(ResourceName), VaderLexicon.Parse(vaderText));
        // VADER's own file format (token TAB mean TAB sd TAB ratings), appended: the parser is the reference's.
        var extension = string.Join("\n",
            words.Select(w => $"{w.Word}\t{w.Valence.ToString("0.00", CultureInfo.InvariantCulture)}\t0\t[]"));
        return (new VaderAnalyzer(VaderLexicon.Parse(vaderText.TrimEnd('\n') + "\n" + extension), EmojiLexicon.LoadEmbedded()), words);
    }
}
