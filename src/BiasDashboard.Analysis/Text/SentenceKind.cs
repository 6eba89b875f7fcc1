namespace BiasDashboard.Analysis.Text;

/// <summary>What kind of line a sentence came from.</summary>
public enum SentenceKind
{
    /// <summary>Running text ending in . ! ? or …</summary>
    Prose,

    /// <summary>A short line with no closing punctuation: headline, subheading, byline or caption.</summary>
    Heading,

    /// <summary>A bullet or numbered list line.</summary>
    ListItem,
}
