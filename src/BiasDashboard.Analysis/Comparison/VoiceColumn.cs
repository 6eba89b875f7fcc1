namespace BiasDashboard.Analysis.Comparison;

/// <summary>Who a column lets speak: every voice with its words and share of the column's quoted and reported words, and the same by group.</summary>
public sealed record VoiceColumn(string Column, int Words, IReadOnlyList<VoiceShare> Voices, IReadOnlyList<GroupShare> Groups);

/// <summary>
/// One speaker in a column. <see cref="Speaker"/> is "(unattributed)" for quotations whose speaker the text does not
/// name; <see cref="Group"/> is what the text says they are (a party, campaign group, official, resident, protester).
/// </summary>
public sealed record VoiceShare(string Speaker, string? ActorId, string Group, int DirectWords, int ReportedWords, double Share, IReadOnlyList<SentenceRef> Sentences);

/// <summary>One group's words and share in a column.</summary>
public sealed record GroupShare(string Group, int Words, double Share);
