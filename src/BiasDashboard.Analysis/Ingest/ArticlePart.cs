using BiasDashboard.Analysis.Text;

namespace BiasDashboard.Analysis.Ingest;

/// <summary>One article found inside a page that holds several: its headline, byline facts and its span in the page's body.</summary>
public sealed record ArticlePart(string Title, string? Author, DateOnly? Published, TextRange Range);
