namespace BiasDashboard.Analysis.Framing;

/// <summary>
/// One category of a framing lexicon. <see cref="Group"/> is <c>frame</c> (the generic news frames),
/// <c>loaded</c> (counts toward the loaded-language index) or <c>neutral</c> (plain counterparts, for comparison).
/// </summary>
public sealed record FramingCategory(
    string Id, string Name, string Group, string Description, string Colour, string Source, IReadOnlyList<FramingTerm> Terms);

/// <summary>
/// A term: a word or phrase ("ethnic cleansing"), with optional extra variants. Unless <see cref="Inflect"/> is
/// false, simple inflections of its last word also match (slaughter → slaughters, slaughtered, slaughtering).
/// </summary>
public sealed record FramingTerm(string Term, IReadOnlyList<string> Variants, bool Inflect = true);

/// <summary>A set of rival words for the same thing, so a teacher can see who chose which.</summary>
public sealed record ContestedTerms(string Id, string Name, string Description, IReadOnlyList<ContestedOption> Options);

/// <summary>One side of a contested set, with the terms that count for it.</summary>
public sealed record ContestedOption(string Label, IReadOnlyList<FramingTerm> Terms);
