using System.Globalization;
using BiasDashboard.Analysis.Framing;
using BiasDashboard.Analysis.Sentiment;
using BiasDashboard.Analysis.Text;
using BiasDashboard.Web.Lexicon;

namespace BiasDashboard.Web.Articles.Explain;

/// <summary>
/// "Why this score" for one sentence: every word with its VADER valence or a plain note that it has none, the
/// loaded-language matches beside the tone, and hints whose effect is measured before they are offered, so a hint
/// never says a score moves one way when it moves the other.
/// </summary>
public sealed class SentenceExplainer(ActiveLexicon active)
{
    /// <summary>The sentence explained with the standard tone (<c>vader</c>, the reference) or the news tone (<c>news</c>).</summary>
    public SentenceExplanation Explain(string text, string? tone)
    {
        var news = string.Equals(tone, "news", StringComparison.OrdinalIgnoreCase);
        var analyzer = news ? NewsTone.Analyzer : VaderAnalyzer.Default;
        var explanation = analyzer.Explain(text);
        var s = explanation.Scores;
        var loaded = Loaded(text);
        return new SentenceExplanation(s.Negative, s.Neutral, s.Positive, s.Compound,
            explanation.Words.Select(w => new WordEffect(w.Start, w.Start + w.Length, w.Word, Math.Round(w.Valence, 4),
                w.LexiconValence, ExplainEndpoints.EffectOf(w), NoteOf(w, news))).ToList(),
            news ? "news" : "vader",
            Math.Round(loaded.Sum(m => m.Weight), 2),
            loaded,
            Hints(text, analyzer, s.Compound, loaded));
    }

    /// <summary>The loaded-language matches of <paramref name="text"/> under the active lexicon (own voice or quoted alike).</summary>
    public IReadOnlyList<LoadedWord> Loaded(string text)
    {
        var lexicon = active.Lexicon;
        var categories = lexicon.Categories.ToDictionary(c => c.Id, StringComparer.Ordinal);
        var matcher = active.Matcher;
        var found = matcher.Match(text, QuoteFinder.Find(text)).Matches
            .Where(m => categories.TryGetValue(m.Category, out var c) && c.Group == FramingAnalyzer.LoadedGroup)
            .Select(m =>
            {
                var category = categories[m.Category];
                var term = category.Terms.FirstOrDefault(t => string.Equals(t.Term, m.Term, StringComparison.OrdinalIgnoreCase));
                var rules = term?.Unless.Select(u => lexicon.Rules.FirstOrDefault(r => r.Id == u)?.Description)
                    .OfType<string>().ToList() ?? [];
                return new LoadedWord(
                    m.Start, m.End, m.Text, m.Term, category.Name, m.Weight, term?.Source ?? category.Source, rules, null);
            });
        var neutral = matcher.NeutralUses(text)
            .Where(n => categories.TryGetValue(n.Category, out var c) && c.Group == FramingAnalyzer.LoadedGroup)
            .Select(n => new LoadedWord(
                n.Start, n.End, n.Text, n.Term, categories[n.Category].Name, 0, categories[n.Category].Source, [], n.Rule));
        return found.Concat(neutral).OrderBy(m => m.Start).ToList();
    }

    private static string NoteOf(WordValence w, bool news)
    {
        var list = news ? "the news tone's word list (VADER plus its extension)" : "VADER's word list";
        if (w.LexiconValence is null)
        {
            return $"{w.Word}: not in {list}, so it does not move the tone"
                   + (ExplainEndpoints.EffectOf(w) is { Length: > 0 } e ? $" ({e})" : "");
        }

        var added = news ? NewsTone.Words.FirstOrDefault(x => x.Word == w.Word.ToLowerInvariant()) : null;
        return added is null ? $"{w.Word}: valence {Signed(w.LexiconValence.Value)} in {list}"
            : $"{w.Word}: valence {Signed(added.Valence)} from the news extension (mean of {string.Join(", ", added.Neighbours)} in VADER)";
    }

    // Each hint is an edit of the sentence; its effect on the loaded score and on the tone is measured here, and the
    // text says exactly what was measured. A hint whose edit would not lower the loaded score is not offered.
    private List<Hint> Hints(string text, VaderAnalyzer analyzer, double compound, IReadOnlyList<LoadedWord> loaded)
    {
        var hints = new List<Hint>();
        var before = loaded.Where(m => m.NeutralBecause is null).Sum(m => m.Weight);
        foreach (var m in loaded.Where(m => m.NeutralBecause is null).Take(8))
        {
            var plain = PlainFor(m);
            var edits = plain is null ? [(Kind: "remove", Replacement: "")]
                : new[] { (Kind: "swap", Replacement: plain), (Kind: "remove", Replacement: "") };
            foreach (var (kind, replacement) in edits)
            {
                var edited = Collapse(text[..m.Start] + replacement + text[m.End..]);
                var after = Loaded(edited).Where(x => x.NeutralBecause is null).Sum(x => x.Weight);
                if (after >= before)
                {
                    continue;
                }

                var tone = analyzer.PolarityScores(edited).Compound;
                var stronger = Math.Abs(tone) > Math.Abs(compound) ? "stronger" : "weaker";
                var toneSays = Math.Abs(tone - compound) < 0.0005 ? $"the tone stays {Signed(compound)}"
                    : $"the tone moves from {Signed(compound)} to {Signed(tone)} ({stronger})";
                var why = kind == "swap" && Math.Abs(tone) > Math.Abs(compound)
                    ? $" because “{replacement}” is in the word list and “{m.Text}” is not" : "";
                var says = kind == "swap"
                    ? $"Swap “{m.Text}” for the plain “{replacement}”: the loaded score falls from {before:0.00} to {after:0.00}; " +
                      $"{toneSays}{why}."
                    : $"Strike out “{m.Text}”: the loaded score falls from {before:0.00} to {after:0.00}; {toneSays}.";
                hints.Add(new Hint(kind, m.Text, replacement, edited, says, Math.Round(before, 2), Math.Round(after, 2), compound, tone));
            }
        }

        return hints;
    }

    // The curator's plain wording for a term, in the same form as the matched word (slammed → criticised).
    private string? PlainFor(LoadedWord m)
    {
        var term = active.Lexicon.Categories.SelectMany(c => c.Terms)
            .FirstOrDefault(t => t.Plain is not null && string.Equals(t.Term, m.Term, StringComparison.OrdinalIgnoreCase));
        if (term?.Plain is not { } plain)
        {
            return null;
        }

        var word = m.Text.ToLowerInvariant();
        var stem = term.Term.ToLowerInvariant();
        var form = word == stem ? plain
            : word.EndsWith("ing", StringComparison.Ordinal) ? Ing(plain)
            : word.EndsWith('d') ? Past(plain)
            : word.EndsWith('s') ? plain + "s"
            : null;
        return form is null ? null : char.IsUpper(m.Text[0]) ? char.ToUpperInvariant(form[0]) + form[1..] : form;
    }

    private static string Past(string plain) => plain switch
    {
        "fall" => "fell",
        "rise" => "rose",
        "say" => "said",
        "cut" => "cut",
        "shoot" => "shot",
        _ when plain.EndsWith('e') => plain + "d",
        _ => plain + "ed",
    };

    private static string Ing(string plain) => plain.EndsWith('e') && plain != "see" ? plain[..^1] + "ing" : plain + "ing";

    private static string Collapse(string text) => string.Join(' ', text.Split(' ', StringSplitOptions.RemoveEmptyEntries));

    private static string Signed(double x) => x.ToString("+0.000;−0.000;0.000", CultureInfo.InvariantCulture);
}

/// <summary>
/// A loaded-language match in the sentence; <see cref="NeutralBecause"/> is set (and the weight 0) when a context rule says it does not
/// count.
/// </summary>
public sealed record LoadedWord(int Start, int End, string Text, string Term, string Category, double Weight, string Source,
    IReadOnlyList<string> Rules, string? NeutralBecause);

/// <summary>An edit the panel offers, with what it was measured to do to the loaded score and the tone.</summary>
public sealed record Hint(string Kind, string Word, string Replacement, string Edited, string Says, double LoadedBefore, double LoadedAfter,
    double ToneBefore, double ToneAfter);
