using CsCheck;

namespace BiasDashboard.Analysis.Tests.Properties;

/// <summary>
/// Generators of text for the property tests: random Unicode, news-like copy from a small grammar (capitalised datelines,
/// titles and honorifics, initials, hyphenated and accented names in several spellings, quotations split across
/// sentences and paragraphs, numbers in words and digits, money, percentages, tallies, lists), and mutations of the seeds.
/// </summary>
public static class NewsText
{
    private static readonly string[] Datelines =
        ["WASHINGTON —", "LONDON (Reuters) -", "GAZA CITY, Nov 15 —", "KYIV:", "BRUSSELS –", "MEXICO CITY —", "SEOUL, South Korea —"];

    private static readonly string[] People =
        ["Kim Jong Un", "Kim Jong-un", "KIM JONG UN", "Enrique Peña Nieto", "Pena Nieto", "Sir Keir Starmer", "Starmer", "Ms Rushanara Ali", "Ali",
         "J. K. Rowling", "Dr. Amina J. Mohammed", "Jean-Luc Mélenchon", "Ursula von der Leyen", "Mr. Smith", "Mr Smith", "Siobhán O’Connor",
         "Recep Tayyip Erdoğan", "Lech Wałęsa", "Dame Emily Thornberry", "Prof. Jane Doe-Smith", "Cllr Ahmed Khan", "Volodymyr Zelenskyy"];

    private static readonly string[] Bodies =
        ["WikiLeaks", "Wikileaks", "the UN", "Labour", "the SNP", "Hamas", "the IDF", "NATO", "the Conservative Party", "Tower Hamlets Council",
         "the Security Council", "Washington", "the White House", "Médecins Sans Frontières"];

    private static readonly string[] Verbs =
        ["said", "told reporters", "warned", "insisted", "claimed", "added", "argued", "said on Monday", "told the BBC"];

    private static readonly string[] Numbers =
        ["293", "1,689", "34.8", "ten", "twenty-five", "a dozen", "three hundred", "12", "2024", "0", "1,000,000", "seven", "40"];

    private static readonly string[] Nouns =
        ["MPs", "frontbenchers", "councillors", "people", "protesters", "students", "votes", "children", "residents", "shadow ministers"];

    private static readonly string[] Actions =
        ["resigned", "voted against the motion", "abstained", "backed the amendment", "were killed", "marched", "won", "rebelled"];

    private static readonly string[] Clauses =
        ["the talks would continue", "this is a shameful betrayal", "we will not be silenced", "the ceasefire must hold",
         "nobody expected this", "the vote was a disgrace", "peace is possible", "it was a very, very good day"];

    private static readonly string[] Money = ["£5m", "$1.2 billion", "€30", "£250,000", "$3", "£1.5bn"];

    private static readonly string[] Percent = ["45%", "12 per cent", "3.5 percent", "99.9%", "fifty per cent"];

    private static readonly string[] Tallies = ["293 to 125", "52-48", "294–125", "13 to one", "7 – 2"];

    private static readonly string[] ListMarks = ["- ", "* ", "• ", "1. ", "2) ", "# ", "## "];

    private static Gen<string> Pick(string[] from) => Gen.OneOf(from);

    /// <summary>Any UTF-16 text, lone surrogates and control characters included.</summary>
    public static readonly Gen<string> Unicode = Gen.String[0, 400];

    /// <summary>Text made of the characters news copy is built from, densely: letters, capitals, digits, quotes, dashes, full stops, newlines.</summary>
    public static readonly Gen<string> NewsCharacters = Gen.String[Gen.Char["aAbBcCmMrRsS .,;:!?\n\n“”‘’\"'-–—()0123456789£$%éñŁ•#*>"], 0, 400];

    private static readonly Gen<string> Sentence = Gen.OneOf<string>(
        Gen.Select(Pick(People), Pick(Verbs), Pick(Numbers), Pick(Nouns), Pick(Actions), (who, verb, n, noun, act) => $"{who} {verb} {n} {noun} {act}."),
        Gen.Select(Pick(Clauses), Pick(People), Pick(Verbs), (clause, who, verb) => $"“{Cap(clause)},” {who} {verb}."),
        Gen.Select(Pick(People), Pick(Clauses), Pick(Clauses), (who, a, b) => $"{who} said: “{Cap(a)}. {Cap(b)}"),
        Gen.Select(Pick(Clauses), Pick(People), (clause, who) => $"{Cap(clause)}.” {who} left."),
        Gen.Select(Pick(Tallies), Pick(Numbers), Pick(Nouns), (tally, n, noun) => $"The motion failed by {tally} votes, with {n} {noun} abstaining."),
        Gen.Select(Pick(Bodies), Pick(Percent), Pick(Nouns), Pick(Money), (body, pct, noun, money) => $"{Cap(body)} said {pct} of {noun} backed the plan, worth {money}."),
        Gen.Select(Pick(People), Pick(Bodies), Pick(People), (a, body, b) => $"According to {a}, {body} met {b} in Washington."),
        Gen.Select(Pick(People), Pick(Numbers), Pick(Percent), (who, n, pct) => $"{who} won by {n} votes with {pct} of the vote."),
        Gen.Select(Pick(ListMarks), Pick(Bodies), Pick(Numbers), (mark, body, n) => $"\n{mark}{Cap(body)}: {n}\n"),
        Gen.Select(Pick(People), Gen.String[0, 12], (who, noise) => $"{who}{noise}"));

    private static readonly Gen<string> Paragraph = Sentence.Array[1, 5].Select(s => string.Join(' ', s));

    /// <summary>A news-like article: a headline, maybe a capitalised dateline, and a few paragraphs.</summary>
    public static readonly Gen<string> Article = Gen.Select(Pick(Clauses), Gen.Bool, Pick(Datelines), Paragraph.Array[1, 6],
        (headline, dated, dateline, paragraphs) => Cap(headline) + "\n\n" + (dated ? dateline + " " : "") + string.Join("\n\n", paragraphs) + "\n");

    private static readonly Lazy<string[]> SeedTexts = new(() =>
        Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "seeds"), "*.txt").Order(StringComparer.Ordinal).Select(File.ReadAllText).ToArray());

    /// <summary>A seed article with a few edits: spans deleted, duplicated, upper-cased, or noise and quote marks inserted.</summary>
    public static readonly Gen<string> MutatedSeed = Gen.Select(Gen.Int[0, 4], Gen.Select(Gen.Int[0, 5], Gen.Double[0, 1], Gen.Int[1, 400], NewsCharacters).Array[1, 6],
        (seed, edits) => edits.Aggregate(SeedTexts.Value[seed], (text, edit) => Mutate(text, edit.Item1, edit.Item2, edit.Item3, edit.Item4)));

    private static string Mutate(string text, int kind, double where, int length, string noise)
    {
        var at = (int)(where * text.Length);
        var span = Math.Min(length, text.Length - at);
        return kind switch
        {
            0 => text.Remove(at, span),
            1 => text.Insert(at, text.Substring(at, span)),
            2 => text[..at] + text.Substring(at, span).ToUpperInvariant() + text[(at + span)..],
            3 => text.Insert(at, noise),
            4 => text.Insert(at, new string(noise.Length % 2 == 0 ? '“' : '”', 1 + length % 5)),
            _ => text.Insert(at, new string('9', length * 10)),
        };
    }

    private static string Cap(string s) => s.Length == 0 ? s : char.ToUpperInvariant(s[0]) + s[1..];
}
