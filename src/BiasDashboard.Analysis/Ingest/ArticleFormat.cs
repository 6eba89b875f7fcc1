namespace BiasDashboard.Analysis.Ingest;

/// <summary>The source formats an article can be read from.</summary>
public enum ArticleFormat
{
    /// <summary>Plain text (.txt): paragraphs separated by line breaks; optional YAML front matter.</summary>
    PlainText,

    /// <summary>Markdown (.md, or a .txt with YAML front matter): converted to plain text before analysis.</summary>
    Markdown,

    /// <summary>An HTML page (.html, .htm): the main text is extracted; scripts, styles and navigation are dropped.</summary>
    Html,
}
