using System.Globalization;
using System.Text;
using BiasDashboard.Analysis.Comparison;
using BiasDashboard.Analysis.Ingest;
using BiasDashboard.Analysis.Text;

namespace BiasDashboard.Analysis.Tests.Comparison.Attribution;

/// <summary>Counts of one measured class: how many the system got right out of what it claimed and out of what the gold holds.</summary>
public sealed record Score(string Class, int Correct, int Claimed, int Gold)
{
    public double Precision => Claimed == 0 ? 1 : (double)Correct / Claimed;

    /// <summary>How many gold items were found, when that differs from <see cref="Correct"/> (two rows may find one fact).</summary>
    public int? Found { get; init; }

    public double Recall => Gold == 0 ? 1 : (double)(Found ?? Correct) / Gold;

    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{Class,-34} precision {Precision:0.000} ({Correct}/{Claimed})  recall {Recall:0.000} ({Found ?? Correct}/{Gold})");
}

/// <summary>
/// Runs the comparison over the attribution corpus and scores it against the gold: speakers of quotations and reported
/// speech (precision of attributed passages; coverage = right speaker among passages whose speaker the text names),
/// top-20 actors (distinct real actors; duplicates), and facts that differ (rows that are a real disagreement; gold
/// disagreements found).
/// </summary>
public sealed class AttributionScorer
{
    public List<Score> Scores { get; } = [];

    public List<string> Errors { get; } = [];

    public double DuplicateRate { get; private set; }

    /// <summary>Events whose comparison threw (counted as 20 wrong actor rows and no differences found).</summary>
    public int Crashes { get; private set; }

    public double KindAccuracy { get; private set; }

    public Score Get(string name) => Scores.Single(s => s.Class == name);

    public static AttributionScorer Run(IReadOnlyList<GoldEvent> events)
    {
        var scorer = new AttributionScorer();
        var speaker = new Dictionary<string, int[]>(StringComparer.Ordinal); // class → correct, claimed, gold-named
        int actorRows = 0, actorReal = 0, actorDuplicates = 0, kindRight = 0, kindSeen = 0;
        int diffRows = 0, diffRight = 0, goldDiffers = 0, goldFound = 0;
        foreach (var ev in events)
        {
            var articles = ev.Articles.Select((a, i) =>
            {
                var parsed = ArticleParser.Parse($"{ev.Id}-{i}.txt", a.Text);
                return new ComparedArticle($"{ev.Id}-{i}", a.Outlet, a.Outlet, parsed.Metadata.Title ?? "", null, null, parsed.Body);
            }).ToList();

            // The voices pipeline as EventComparer runs it, kept per article so each passage can be checked.
            var read = articles.Select(a =>
            {
                var quotes = QuoteFinder.Find(a.Body);
                return (Article: a, Quotes: quotes, Sentences: SentenceSegmenter.Segment(a.Body, quotes), Names: NameFinder.Find(a.Body));
            }).ToList();
            var catalog = ActorCatalog.Build(read.SelectMany(r => r.Names));
            for (var i = 0; i < read.Count; i++)
            {
                var (article, quotes, sentences, _) = read[i];
                var gold = ev.Articles[i];
                var passages = VoiceFinder.Find(article.Body, sentences, quotes, catalog, read[i].Names);
                var matched = new HashSet<VoicePassage>();
                foreach (var voice in gold.Voices)
                {
                    var at = article.Body.IndexOf(voice.Anchor, StringComparison.Ordinal);
                    if (at < 0)
                    {
                        throw new InvalidDataException($"{ev.Id} {gold.Outlet}: anchor not in text: {voice.Anchor}");
                    }

                    var goldActor = voice.Speaker is null ? null : ev.Actors.SingleOrDefault(x => x.Name == voice.Speaker)
                        ?? throw new InvalidDataException($"{ev.Id}: speaker {voice.Speaker} is not among the event's actors");
                    var kind = voice.Direct ? VoiceKind.Direct : VoiceKind.Reported;
                    var passage = passages.FirstOrDefault(p => p.Kind == kind && p.Range.Start <= at && at < p.Range.End)
                                  ?? passages.FirstOrDefault(p => p.Range.Start <= at && at < p.Range.End);
                    if (passage is not null)
                    {
                        matched.Add(passage);
                    }

                    var cls = voice.Direct ? "speaker: quotations" : "speaker: reported speech";
                    foreach (var c in new[] { cls, "speaker: all", "speaker: " + gold.Style })
                    {
                        var counts = speaker.TryGetValue(c, out var found) ? found : speaker[c] = new int[3];
                        var right = passage?.Speaker is { } said && goldActor is not null && Matches(goldActor, said);
                        counts[0] += right ? 1 : 0;
                        counts[1] += passage?.Speaker is not null ? 1 : 0;
                        counts[2] += goldActor is not null ? 1 : 0;
                    }

                    if (passage?.Speaker is { } wrong && (goldActor is null || !Matches(goldActor, wrong)))
                    {
                        scorer.Errors.Add($"{ev.Id} {gold.Outlet}: '{voice.Anchor}' → {wrong}, gold {voice.Speaker ?? "-"}");
                    }
                    else if (passage?.Speaker is null && goldActor is not null)
                    {
                        scorer.Errors.Add($"{ev.Id} {gold.Outlet}: '{voice.Anchor}' unattributed{(passage is null ? " (no passage)" : "")}, gold {voice.Speaker}");
                    }
                }

                // Passages the gold does not hold (a clause that is not speech, "Asked about …") claimed a speaker wrongly.
                foreach (var extra in passages.Where(p => p.Speaker is not null && !matched.Contains(p)))
                {
                    // A reported clause framing a gold quotation ("said the vote showed “…”") is that quotation's frame: an error only if its speaker is.
                    var framed = gold.Voices.Where(v => article.Body.IndexOf(v.Anchor, StringComparison.Ordinal) is var at && at >= extra.Range.Start && at < extra.Range.End).ToList();
                    if (framed.Count > 0 && framed.All(v => v.Speaker is { } s && Matches(ev.Actors.Single(x => x.Name == s), extra.Speaker!)))
                    {
                        continue;
                    }

                    foreach (var c in new[] { extra.Kind == VoiceKind.Direct ? "speaker: quotations" : "speaker: reported speech", "speaker: all", "speaker: " + gold.Style })
                    {
                        var counts = speaker.TryGetValue(c, out var found) ? found : speaker[c] = new int[3];
                        counts[1]++;
                    }

                    scorer.Errors.Add($"{ev.Id} {gold.Outlet}: extra passage '{Clip(article.Body.Substring(extra.Range.Start, extra.Range.Length))}' → {extra.Speaker}");
                }
            }

            EventComparison comparison;
            try
            {
                comparison = EventComparer.Default.Compare(articles);
            }
            catch (ArgumentException e)
            {
                // Measured as it is: a comparison that fails shows no actors and no differences for the event.
                scorer.Crashes++;
                scorer.Errors.Add($"{ev.Id}: comparison failed: {e.Message}");
                comparison = new EventComparison([], [], [], [], [], []);
                actorRows += 20;
            }

            var seen = new HashSet<GoldActor>();
            foreach (var row in comparison.Actors.Take(20))
            {
                actorRows++;
                var gold = ev.Actors.FirstOrDefault(g => Matches(g, row.Actor.Name))
                           ?? ev.Actors.FirstOrDefault(g => row.Actor.Aliases.Any(a => Matches(g, a)));
                if (gold is null)
                {
                    scorer.Errors.Add($"{ev.Id}: actor not real: {row.Actor.Name} ({row.Actor.Kind}; {string.Join(", ", row.Actor.Aliases)})");
                }
                else if (!seen.Add(gold))
                {
                    actorDuplicates++;
                    scorer.Errors.Add($"{ev.Id}: duplicate actor: {row.Actor.Name} of {gold.Name}");
                }
                else
                {
                    actorReal++;
                    kindSeen++;
                    if (KindOf(gold.Kind) == row.Actor.Kind)
                    {
                        kindRight++;
                    }
                    else
                    {
                        scorer.Errors.Add($"{ev.Id}: actor kind: {row.Actor.Name} is {row.Actor.Kind}, gold {gold.Kind}");
                    }
                }
            }

            var differs = ev.Facts.Where(f => f.Differ).ToList();
            goldDiffers += differs.Count;
            var foundFacts = new HashSet<GoldFact>();
            foreach (var row in comparison.Differences)
            {
                diffRows++;
                var hit = differs.FirstOrDefault(f => SameDisagreement(f, row));
                if (hit is null)
                {
                    scorer.Errors.Add($"{ev.Id}: wrong difference: {row.Label}: {string.Join("; ", row.Cells.Where(c => c.Status != FactStatus.Omits).Select(c => c.Column + "=" + string.Join("/", c.Values)))}");
                }
                else
                {
                    diffRight++;
                    foundFacts.Add(hit);
                }
            }

            goldFound += foundFacts.Count;
            foreach (var missed in differs.Except(foundFacts))
            {
                scorer.Errors.Add($"{ev.Id}: missed difference: {missed.What}: {string.Join("; ", missed.Values.Select(v => v.Key + "=" + v.Value))}");
            }
        }

        foreach (var (name, c) in speaker.OrderBy(k => k.Key, StringComparer.Ordinal))
        {
            scorer.Scores.Add(new Score(name, c[0], c[1], c[2]));
        }

        scorer.Scores.Add(new Score("actors: top 20 real and distinct", actorReal, actorRows, actorRows));
        // Precision over the rows shown; recall over the gold disagreements found by at least one row.
        scorer.Scores.Add(new Score("facts that differ", diffRight, diffRows, goldDiffers) { Found = goldFound });
        scorer.DuplicateRate = actorRows == 0 ? 0 : (double)actorDuplicates / actorRows;
        scorer.KindAccuracy = kindSeen == 0 ? 1 : (double)kindRight / kindSeen;
        return scorer;
    }

    private static string Clip(string text) => text.Length <= 60 ? text : text[..60] + "…";

    private static ActorKind KindOf(string kind) => kind switch
    {
        "person" => ActorKind.Person,
        "party" => ActorKind.Party,
        "org" => ActorKind.Organisation,
        "place" => ActorKind.Place,
        "group" => ActorKind.Group,
        _ => ActorKind.Other,
    };

    public static bool Matches(GoldActor gold, string name) => gold.Names.Any(n => Fold(n) == Fold(name));

    /// <summary>Lower case, no diacritics, no dots, hyphens and apostrophes as spaces: "Park Soo-min" = "park soo min".</summary>
    public static string Fold(string name)
    {
        var builder = new StringBuilder(name.Length);
        foreach (var c in name.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark || c == '.')
            {
                continue;
            }

            var d = c is 'ı' ? 'i' : char.ToLowerInvariant(c);
            builder.Append(char.IsLetterOrDigit(d) ? d : ' ');
        }

        return string.Join(' ', builder.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries));
    }

    // A row is this disagreement when at least two outlets the gold names state the gold's values there, and those differ.
    private static bool SameDisagreement(GoldFact fact, FactRow row)
    {
        var hits = fact.Values.Where(v => row.Cells.Any(c => c.Column == v.Key && c.Values.Any(x => ValueMatches(v.Value, x)))).ToList();
        return hits.Select(h => h.Value).Distinct(StringComparer.Ordinal).Count() >= 2
               && hits.Select(h => Quantity.Read(h.Value)).Distinct().Count() >= 2;
    }

    public static bool ValueMatches(string gold, string system)
    {
        if (!Quantity.HasNumber(gold))
        {
            return system.Contains(gold, StringComparison.OrdinalIgnoreCase);
        }

        var g = Quantity.Read(gold);
        var s = Quantity.Numbers(system);
        if (g.Tally is { } tally)
        {
            return s.Count >= 2 && s.Contains(tally.A) && s.Contains(tally.B);
        }

        return s.Count switch
        {
            0 => false,
            1 => Math.Abs(s[0] - g.Value) <= Math.Max(0.001, Math.Abs(g.Value) * 0.001),
            _ => g.Value >= s.Min() - 0.001 && g.Value <= s.Max() + 0.001,
        };
    }
}

/// <summary>Reads a value as written ("$4.2 billion", "two dozen", "23-17", "41%") into a number or a tally.</summary>
public readonly record struct Quantity(double Value, (double A, double B)? Tally)
{
    private static readonly Dictionary<string, double> Words = new(StringComparer.OrdinalIgnoreCase)
    {
        ["one"] = 1,
        ["two"] = 2,
        ["three"] = 3,
        ["four"] = 4,
        ["five"] = 5,
        ["six"] = 6,
        ["seven"] = 7,
        ["eight"] = 8,
        ["nine"] = 9,
        ["ten"] = 10,
        ["twelve"] = 12,
        ["twenty"] = 20,
        ["thirty"] = 30,
        ["dozen"] = 12,
    };

    public static bool HasNumber(string text) => text.Any(char.IsDigit) || text.Split(' ', '-').Any(Words.ContainsKey);

    public static Quantity Read(string text)
    {
        var numbers = Numbers(text);
        if (numbers.Count == 2 && !text.Contains(" to ", StringComparison.Ordinal) && (text.Contains('-', StringComparison.Ordinal) || text.Contains('–', StringComparison.Ordinal)))
        {
            return new Quantity(numbers[0], (numbers[0], numbers[1]));
        }

        return new Quantity(numbers.Count == 0 ? double.NaN : numbers[0], null);
    }

    /// <summary>Every number in <paramref name="text"/> with its magnitude ("£38m" → 38,000,000; "two dozen" → 24).</summary>
    public static List<double> Numbers(string text)
    {
        var found = new List<double>();
        var tokens = text.Replace("–", " – ", StringComparison.Ordinal).Replace("-", " - ", StringComparison.Ordinal)
            .Split([' ', '≈', '~', '$', '£', '€', '%', '(', ')'], StringSplitOptions.RemoveEmptyEntries);
        for (var i = 0; i < tokens.Length; i++)
        {
            var token = tokens[i].Trim(',', ';');
            var (digits, suffix) = SplitSuffix(token);
            double value;
            if (double.TryParse(digits.Replace(",", "", StringComparison.Ordinal), NumberStyles.Float, CultureInfo.InvariantCulture, out var d) && digits.Length > 0)
            {
                value = d;
            }
            else if (Words.TryGetValue(token, out var w))
            {
                value = w;
                if (i + 1 < tokens.Length && tokens[i + 1].Equals("dozen", StringComparison.OrdinalIgnoreCase))
                {
                    value *= 12;
                    i++;
                }
            }
            else
            {
                continue;
            }

            var magnitude = Magnitude(suffix);
            if (magnitude == 1 && i + 1 < tokens.Length && Magnitude(tokens[i + 1].Trim(',', ';')) is var next and > 1)
            {
                magnitude = next;
                i++;
            }

            found.Add(value * magnitude);
        }

        return found;
    }

    private static (string Digits, string Suffix) SplitSuffix(string token)
    {
        var end = token.Length;
        while (end > 0 && char.IsLetter(token[end - 1]))
        {
            end--;
        }

        return (token[..end], token[end..]);
    }

    private static double Magnitude(string word) => word.ToLowerInvariant() switch
    {
        "k" or "thousand" => 1e3,
        "m" or "mn" or "mln" or "million" => 1e6,
        "bn" or "b" or "billion" => 1e9,
        _ => 1,
    };
}
