using System.ComponentModel.DataAnnotations;

namespace BiasDashboard.Analysis.Ingest;

/// <summary>
/// How much of each kind of structure one uploaded article may have. Each is checked by a linear scan before the
/// expensive work (YAML loading, markdown and HTML parsing, analysis, splitting) and refused with an
/// <see cref="InputLimitException"/> naming the setting. The defaults sit far above any real news article, so under
/// them nothing is lost; they exist to stop input built to exhaust the stack, the CPU or the database. The web app binds
/// this record from the configuration section <c>Ingest</c>.
/// </summary>
public sealed record IngestLimits
{
    /// <summary>The defaults below.</summary>
    public static IngestLimits Default { get; } = new();

    /// <summary>Characters of YAML front matter between the <c>---</c> lines. Real front matter is a few hundred; 32,768.</summary>
    [Range(1, int.MaxValue)]
    public int MaxFrontMatterChars { get; init; } = 32_768;

    /// <summary>Nesting of lists and mappings in the front matter (<c>tags: [a, b]</c> is 2). Real front matter is 1–3 deep; 32.</summary>
    [Range(1, int.MaxValue)]
    public int MaxFrontMatterDepth { get; init; } = 32;

    /// <summary>
    /// Nesting in a markdown body: block quotes and list levels on a line, or link brackets. Articles use 1–4; 32
    /// (Markdig itself gives up, with an exception, far deeper).
    /// </summary>
    [Range(1, int.MaxValue)]
    public int MaxMarkdownDepth { get; init; } = 32;

    /// <summary>Nesting of HTML elements in an uploaded page. News pages are 20–60 deep; 512 (the depth browsers cap at).</summary>
    [Range(1, int.MaxValue)]
    public int MaxHtmlDepth { get; init; } = 512;

    /// <summary>Sentences in one article. A long read has 300–1,500; 20,000 (a short book).</summary>
    [Range(1, int.MaxValue)]
    public int MaxSentences { get; init; } = 20_000;

    /// <summary>Articles one listing page may be split into. Listing pages hold 5–50; 200.</summary>
    [Range(1, int.MaxValue)]
    public int MaxListingParts { get; init; } = 200;
}
