using BiasDashboard.Analysis.Text;

namespace BiasDashboard.Analysis.Comparison;

/// <summary>How a voice reached the article: in quotation marks, or as reported speech ("X said that…", "according to X").</summary>
public enum VoiceKind
{
    /// <summary>Words inside quotation marks.</summary>
    Direct,

    /// <summary>Reported speech: the clause after "X said (that)", "according to X", "X told Y".</summary>
    Reported,
}

/// <summary>
/// One passage an article gives to a speaker: <see cref="Range"/> covers the words counted (<see cref="Words"/>),
/// <see cref="Sentence"/> is the index of the sentence it starts in. <see cref="Speaker"/> is the name as resolved
/// across the event ("Rushanara Ali" for "Ms Ali"), or null when the text does not name one.
/// </summary>
public sealed record VoicePassage(string? Speaker, string? ActorId, VoiceKind Kind, TextRange Range, int Words, int Sentence);
