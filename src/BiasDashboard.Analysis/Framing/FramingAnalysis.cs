namespace BiasDashboard.Analysis.Framing;

/// <summary>
/// The framing measures of one article, computed with lexicon <see cref="LexiconId"/> at <see cref="LexiconVersion"/>.
/// Rates are matches per 1,000 words of the same voice: own-voice matches per 1,000 own-voice words, quoted per
/// 1,000 quoted words, total per 1,000 words.
/// </summary>
public sealed record FramingAnalysis(
    string LexiconId,
    int LexiconVersion,
    int Words,
    int OwnVoiceWords,
    int QuotedWords,
    double LoadedLanguageIndex,
    IReadOnlyList<CategoryRate> Categories,
    IReadOnlyList<ContestedUse> Contested,
    IReadOnlyList<FramingMatch> Matches,
    IReadOnlyList<ContestedMatch> ContestedMatches);

/// <summary>One category's matches in an article, counted by voice, and as rates per 1,000 words of that voice.</summary>
public sealed record CategoryRate(
    string Category, string Group, int Own, int Quoted, double OwnPer1000, double QuotedPer1000, double TotalPer1000)
{
    /// <summary>Own-voice and quoted matches together.</summary>
    public int Total => Own + Quoted;
}

/// <summary>How often an article used one side of a contested set, in its own voice and in quotations.</summary>
public sealed record ContestedUse(string Set, string Option, int Own, int Quoted);
