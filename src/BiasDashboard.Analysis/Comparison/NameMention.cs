namespace BiasDashboard.Analysis.Comparison;

/// <summary>
/// A proper name as written in a text: "Sir Keir Starmer", "Ms Ali", "SNP". <see cref="Start"/>/<see cref="Length"/>
/// cover the whole mention (title included) in UTF-16 offsets; <see cref="Tokens"/> are the name's words without the
/// title or a possessive "’s".
/// </summary>
public sealed record NameMention(int Start, int Length, string? Title, IReadOnlyList<string> Tokens)
{
    /// <summary>The name's words joined by spaces, without the title.</summary>
    public string Name => string.Join(' ', Tokens);

    /// <summary>True when the first word is also written in lower case in the text ("Small Businesses"), so the name is unlikely to be a
    /// person's.</summary>
    public bool CommonFirstWord { get; init; }

    /// <summary>True when the mention opens a sentence, where any word is capitalised ("Prosecutors said …").</summary>
    public bool OpensSentence { get; init; }

    /// <summary>The job words written before the name and cut out of it ("MP", "Secretary"), when there were any.</summary>
    public string? Role { get; init; }

    /// <summary>What the words around the mention say it is: "in Benton Harbor" a place, "a spokesperson for GreenCycle" an
    /// organisation.</summary>
    public ActorKind? Cue { get; init; }
}
