namespace BiasDashboard.Analysis.Framing;

/// <summary>
/// One category of a framing lexicon. <see cref="Group"/> is <c>frame</c> (the generic news frames),
/// <c>loaded</c> (counts toward the loaded-language index) or <c>neutral</c> (plain counterparts, for comparison).
/// <see cref="Terms"/> are the curated terms followed by those taken from source lists by <see cref="Imports"/>;
/// terms in <see cref="Off"/> were switched off by a teacher and are not matched.
/// </summary>
public sealed record FramingCategory(
    string Id, string Name, string Group, string Description, string Colour, string Source, IReadOnlyList<FramingTerm> Terms)
{
    /// <summary>Rules that take terms from an established word list (resolved when the lexicon is parsed).</summary>
    public IReadOnlyList<LexiconImport> Imports { get; init; } = [];

    /// <summary>Terms switched off (as written in <see cref="FramingTerm.Term"/>): shown on /lexicon, never matched.</summary>
    public IReadOnlySet<string> Off { get; init; } = new HashSet<string>(StringComparer.OrdinalIgnoreCase);

    /// <summary>The curated weight of terms that do not set their own.</summary>
    public double Weight { get; init; } = 1;

    /// <summary>Whether <paramref name="term"/> is switched on.</summary>
    public bool IsOn(FramingTerm term) => !Off.Contains(term.Term);
}

/// <summary>
/// A term: a word or phrase ("ethnic cleansing"), with optional extra variants. Unless <see cref="Inflect"/> is
/// false, simple inflections of its last word also match (slaughter → slaughters, slaughtered, slaughtering).
/// <see cref="Weight"/> is its strength from 0 to 1; <see cref="Source"/> says which list it came from and why it
/// has that weight; <see cref="Unless"/> names the context rules under which a use is neutral and not counted.
/// </summary>
public sealed record FramingTerm(string Term, IReadOnlyList<string> Variants, bool Inflect = true)
{
    /// <summary>The term's strength from 0 to 1: from its source list, or the curator's.</summary>
    public double Weight { get; init; } = 1;

    /// <summary>The list the term was imported from and its rating there; null for a curated term (its category's source).</summary>
    public string? Source { get; init; }

    /// <summary>Ids of the lexicon's context rules under which a use of this term is neutral.</summary>
    public IReadOnlyList<string> Unless { get; init; } = [];

    /// <summary>True for a term taken from a source list by an import rule (not written out when the lexicon is saved).</summary>
    public bool Imported { get; init; }

    /// <summary>A plain wording a reader can swap in ("slammed" → "criticised"), offered as a hint in "why this score".</summary>
    public string? Plain { get; init; }
}

/// <summary>
/// Takes terms from a source list (<see cref="LexiconSources"/>): those at or above <see cref="Min"/> strength, of the
/// parts of speech in <see cref="Pos"/> (Pattern only), or only the <see cref="Keep"/> terms when given, leaving out
/// the <see cref="Stop"/> list (topic words, names, words loaded only in other senses).
/// </summary>
public sealed record LexiconImport(string List, double Min, IReadOnlyList<string> Pos, IReadOnlyList<string> Keep,
    IReadOnlyList<string> Stop, IReadOnlyList<string> Unless, bool Inflect);

/// <summary>
/// A stated rule for a neutral sense: a use is not counted when the word just before it is in <see cref="Previous"/>,
/// the word just after it in <see cref="Next"/>, or any of the <see cref="Window"/> words either side in <see cref="Near"/>.
/// <see cref="Description"/> is what the tooltip says.
/// </summary>
public sealed record ContextRule(string Id, string Description, IReadOnlyList<string> Previous, IReadOnlyList<string> Next,
    IReadOnlyList<string> Near, int Window);

/// <summary>A set of rival words for the same thing, so a teacher can see who chose which.</summary>
public sealed record ContestedTerms(string Id, string Name, string Description, IReadOnlyList<ContestedOption> Options);

/// <summary>One side of a contested set, with the terms that count for it.</summary>
public sealed record ContestedOption(string Label, IReadOnlyList<FramingTerm> Terms);
