using System.Collections.Frozen;
using System.Globalization;

namespace BiasDashboard.Analysis.Comparison;

/// <summary>
/// Reads the quantities of one sentence by a single scan: money in £, $ and € with its magnitude ("£38m", "$4.2
/// billion"), percentages with what they are of ("a 15% rise", "deforestation fell 22%"), and counts of a known kind of
/// thing ("55,000 pages of documents", "two dozen officers", "6,500 soldiers"); people are also keyed by what happened to
/// them (killed, arrested, evacuated, taken to hospital, at the protest). Approximations become ranges: "about 300" is
/// 270–330, "nearly 400" 360–400, "more than 2,000" 2,000–2,660, "up to 120" 90–120, "dozens" 24–99, "hundreds"
/// 200–999. Years, dates, times and ordinals are not quantities.
/// </summary>
internal static partial class Quantities
{
    private static readonly (string Key, string Label, string[] Nouns)[] Units =
    [
        ("people", "People",
            ["people", "persons", "residents", "protesters", "protestors", "demonstrators", "marchers", "activists", "students", "pupils",
                              "children", "schoolchildren", "supporters", "civilians", "passengers", "patients", "victims", "adults",
                                  "campaigners"]),
        ("prisoners", "Prisoners", ["prisoners", "detainees", "hostages", "captives"]),
        ("soldiers", "Soldiers", ["soldiers", "troops"]),
        ("workers", "Workers", ["workers", "employees", "staff"]),
        ("jobs", "Jobs", ["jobs", "positions", "roles"]),
        ("posts", "Posts", ["posts"]),
        ("documents", "Documents", ["documents", "pages", "files", "records", "emails"]),
        ("families", "Families", ["families"]),
        ("homes", "Homes", ["homes", "houses", "properties", "households"]),
        ("buildings", "Buildings", ["buildings"]),
        ("lorries", "Lorries a day", ["lorries", "trucks", "vehicles"]),
        ("counts", "Counts in the charges", ["counts", "charges"]),
        ("officers", "Officers", ["officers"]),
        ("firefighters", "Firefighters", ["firefighters", "crews"]),
        ("appointments", "Appointments", ["appointments", "operations"]),
        ("countries", "Countries", ["countries", "nations", "states"]),
        ("factories", "Factories", ["factories", "plants"]),
        ("veterans", "Veterans", ["veterans"]),
        ("hectares", "Hectares", ["hectares", "acres"]),
        ("followers", "Followers", ["followers"]),
        ("adverts", "Adverts", ["adverts", "ads", "advertisements"]),
        ("seats", "Seats", ["seats"]),
        ("arrests", "Arrests", ["arrests"]),
        ("deaths", "Deaths", ["deaths"]),
        ("mm", "Rain (mm)", ["mm"]),
        ("mph", "Speed (mph)", ["mph"]),
    ];

    private static readonly FrozenDictionary<string, (string Key, string Label)> UnitByNoun = Units
        .SelectMany(u => u.Nouns.Select(n => (Noun: n, u.Key, u.Label)))
        .ToFrozenDictionary(x => x.Noun, x => (x.Key, x.Label), StringComparer.Ordinal);

    private static readonly (string Key, string Label, string[] Stems)[] Actions =
    [
        ("killed", "killed", ["killed", "died", "dead", "deaths", "death", "murdered", "perished"]),
        ("injured", "injured or in hospital", ["injured", "hurt", "wounded", "hospital", "hospitalised", "hospitalized"]),
        ("arrested", "arrested", ["arrested", "arrests", "held", "detained"]),
        ("evacuated", "evacuated", ["evacuated", "fled", "flee", "forced", "moved from", "evacuate", "homeless"]),
        ("suspended", "suspended", ["suspended", "expelled"]),
        ("moved", "moved", ["moving", "moved", "relocating", "relocated", "transferred"]),
        ("attended", "at the event",
            ["marched", "march", "protest", "protested", "rally", "gathered", "packed", "attended", "turned up", "making it", "town hall",
            "joined"]),
    ];

    private static readonly FrozenSet<string> Skippable = FrozenSet.ToFrozenSet(
        ["new", "more", "extra", "additional", "federal", "civilian", "local", "junior", "senior", "young", "elderly", "terrified",
            "vaccine", "climate",
         "undeclared", "separated", "of", "the", "its", "their", "police", "full-time", "part-time", "foreign", "british", "american",
             "public", "other"],
        StringComparer.Ordinal);

    private static readonly FrozenSet<string> NotNouns = FrozenSet.ToFrozenSet(
        ["by", "to", "in", "on", "at", "from", "with", "and", "or", "this", "that", "last", "next", "a", "an", "up", "down", "of", "the",
            "for", "after",
         "its", "their", "was", "were", "is", "are", "has", "have", "had", "be", "been", "will", "would", "than", "over", "under", "since",
             "per"],
        StringComparer.Ordinal);

    /// <summary>One quantity: key, label, the value as shown, its range, and where its words are in the sentence.</summary>
    public readonly record struct Quantity(string Key, string Label, string Value, double Low, double High, int Start, int Length);

    /// <summary>The quantities of a sentence (<paramref name="body"/>), skipping numbers at <paramref name="taken"/> (read
    /// already).</summary>
    public static List<Quantity> Read(string body, IReadOnlyList<int> starts, Func<int, bool> taken)
    {
        var found = new List<Quantity>();
        var words = Words(body);
        foreach (var at in starts)
        {
            if (taken(at) || Read(body, words, at) is not { } q)
            {
                continue;
            }

            found.Add(q);
        }

        // "hundreds of residents", "dozens of protesters": vague plurals as wide ranges.
        for (var i = 0; i + 2 < words.Count; i++)
        {
            var (low, high) = words[i].Lower switch
            {
                "dozens" => (24.0, 99.0),
                "hundreds" => (200.0, 999.0),
                "thousands" => (2000.0, 9999.0),
                _ => (0.0, 0.0),
            };
            if (high > 0 && words[i + 1].Lower == "of" && UnitByNoun.TryGetValue(words[i + 2].Lower, out var unit) &&
                !taken(words[i].Start))
            {
                var (key, label) = WithAction(unit, body, words, i + 2);
                found.Add(new Quantity(key, label, words[i].Lower, low, high, words[i].Start, words[i + 2].End - words[i].Start));
            }
        }

        return found;
    }

    private static Quantity? Read(string body, List<(int Start, int End, string Lower)> words, int at)
    {
        var index = BinarySearch(words, at);
        if (index < 0)
        {
            return null;
        }

        var first = words[index].Lower;
        if (first is "dozen" or "hundred" or "thousand" || index > 0 && NumberWords.Parse(words[index - 1].Lower) is not null &&
            OnlySpaceOrHyphen(body, words[index - 1].End, words[index].Start))
        {
            return null; // the scale of a number already read ("two dozen")
        }

        return Number(body, words, index) switch
        {
            null => null,
            (var value, var w, { } unit) => Counted(body, words, index, w, value, unit, w),
            (var value, var w, null) => WhatIsCounted(body, words, index, w, value),
        };
    }

    // The number at `index`: digits, or number words ("two dozen", "twenty-five"), then its magnitude ("million", "bn", "m");
    // its value, the index of its last word, and the unit when the digits carry one ("5km"). Null when it is not a number.
    private static (double Value, int Last, (string Key, string Label)? Unit)? Number(
        string body, List<(int Start, int End, string Lower)> words, int index)
    {
        var w = index;
        double value;
        var first = words[w].Lower;
        if (char.IsDigit(first[0]))
        {
            var digits = new string(first.TakeWhile(c => char.IsDigit(c) || c is ',' or '.').ToArray()).TrimEnd('.', ',');
            if (!double.TryParse(digits.Replace(",", "", StringComparison.Ordinal), NumberStyles.Float, CultureInfo.InvariantCulture,
                out value))
            {
                return null;
            }

            var suffix = first[digits.Length..];
            value *= Magnitude(suffix) is var m && m > 0 ? m : 1;
            if (suffix.Length > 0 && m == 0 && !UnitByNoun.ContainsKey(suffix) && suffix is not "pc")
            {
                return null; // "2am", "1950s", "3rd"
            }

            if (suffix.Length > 0 && UnitByNoun.ContainsKey(suffix))
            {
                return (value, w, UnitByNoun[suffix]);
            }
        }
        else if (NumberWords.Parse(first) is { } word)
        {
            value = word;
        }
        else if (first == "a" && w + 1 < words.Count && words[w + 1].Lower == "dozen")
        {
            value = 12;
            w++;
        }
        else
        {
            return null;
        }

        while (w + 1 < words.Count && OnlySpaceOrHyphen(body, words[w].End, words[w + 1].Start) &&
               words[w + 1].Lower is "dozen" or "hundred" or "thousand" or "million" or "billion" or "bn" or "m" or "mn" or "mln")
        {
            w++;
            value *= words[w].Lower == "dozen" ? 12 : Magnitude(words[w].Lower);
        }

        return (value, w, null);
    }

    private static Quantity Counted(string body, List<(int Start, int End, string Lower)> words, int index, int w, double value,
        (string Key, string Label) unit, int nounAt)
    {
        var (key, label) = WithAction(unit, body, words, nounAt);
        return new Quantity(key, label, Formatted(value), value, value, words[index].Start, words[nounAt].End - words[index].Start);
    }

    // People are lined up by what happened to them: killed, arrested, evacuated…; other things by what they are.
    private static (string Key, string Label) WithAction((string Key, string Label) unit, string body,
        List<(int Start, int End, string Lower)> words, int nounAt)
    {
        if (unit.Key != "people")
        {
            return ("count:" + unit.Key, unit.Label);
        }

        var best = (Distance: int.MaxValue, Key: "", Label: "");
        // The clause around the noun, at most a window either side, so a sentence of many numbers is still read in linear time.
        var windowStart = Math.Max(0, words[nounAt].Start - 120);
        var windowEnd = Math.Min(body.Length, words[nounAt].End + 120);
        var clauseStart = body.LastIndexOfAny([';', ':'], words[nounAt].Start, words[nounAt].Start - windowStart) + 1;
        clauseStart = Math.Max(clauseStart, windowStart);
        var clauseEnd = body.IndexOfAny([';', ':'], words[nounAt].End, windowEnd - words[nounAt].End) is var e and >= 0 ? e : windowEnd;
        foreach (var (key, label, stems) in Actions)
        {
            foreach (var stem in stems)
            {
                for (var at = body.IndexOf(stem, clauseStart, StringComparison.OrdinalIgnoreCase); at >= 0 &&
                    at < clauseEnd; at = body.IndexOf(stem, at + 1, StringComparison.OrdinalIgnoreCase))
                {
                    var distance = Math.Abs(at - words[nounAt].Start);
                    var end = at + stem.Length;
                    if ((at == 0 || !char.IsLetter(body[at - 1])) && (end >= body.Length || !char.IsLetter(body[end])) &&
                        distance < best.Distance)
                    {
                        best = (distance, key, label);
                    }
                }
            }
        }

        return best.Key.Length == 0 ? ("count:people", "People") : ("count:people:" + best.Key, "People " + best.Label);
    }
}
