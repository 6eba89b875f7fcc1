namespace BiasDashboard.Analysis.Events;

/// <summary>
/// The event-identifying terms of one article, counted once at ingest and independent of any corpus: a store can
/// keep them beside the article so grouping never has to read the body again. Weights (TF-IDF) are computed from
/// these counts against whatever collection the article is grouped in.
/// </summary>
public sealed class ArticleTerms
{
    private ArticleTerms(string[] terms, float[] counts, TermKind[] kinds, string[] surfaces)
    {
        Terms = terms;
        Counts = counts;
        Kinds = kinds;
        Surfaces = surfaces;
    }

    /// <summary>Term keys (lower case; pairs joined by a space), in first-occurrence order.</summary>
    public IReadOnlyList<string> Terms { get; }

    /// <summary>How often each term occurs; a headline occurrence counts <c>2</c>.</summary>
    public IReadOnlyList<float> Counts { get; }

    /// <summary>Whether each term is a name or a number.</summary>
    public IReadOnlyList<TermKind> Kinds { get; }

    /// <summary>Each term as first written in the article ("Nadia Kerr"), for reasons and names shown to people.</summary>
    public IReadOnlyList<string> Surfaces { get; }

    /// <summary>The terms of an article with headline <paramref name="title"/> and body <paramref name="text"/>.</summary>
    public static ArticleTerms Of(string? title, string text)
    {
        var counted = EventTerms.Of(title, text);
        return new ArticleTerms(
            counted.Select(t => t.Term).ToArray(),
            counted.Select(t => t.Count).ToArray(),
            counted.Select(t => t.Kind).ToArray(),
            counted.Select(t => t.Surface).ToArray());
    }

    /// <summary>Rebuilds terms a store kept (the four lists of one article, equal in length).</summary>
    public static ArticleTerms FromStored(IReadOnlyList<string> terms, IReadOnlyList<float> counts, IReadOnlyList<TermKind> kinds,
        IReadOnlyList<string> surfaces)
    {
        ArgumentNullException.ThrowIfNull(terms);
        ArgumentNullException.ThrowIfNull(counts);
        ArgumentNullException.ThrowIfNull(kinds);
        ArgumentNullException.ThrowIfNull(surfaces);
        if (counts.Count != terms.Count || kinds.Count != terms.Count || surfaces.Count != terms.Count)
        {
            throw new ArgumentException("Stored terms, counts, kinds and surfaces must be equally long.", nameof(terms));
        }

        return new ArticleTerms([.. terms], [.. counts], [.. kinds], [.. surfaces]);
    }
}
