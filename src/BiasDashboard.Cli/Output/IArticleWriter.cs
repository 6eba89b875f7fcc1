using BiasDashboard.Analysis.Articles;
using BiasDashboard.Analysis.Ingest;

namespace BiasDashboard.Cli.Output;

/// <summary>Writes article analyses one at a time, so output starts before the last file is read.</summary>
internal interface IArticleWriter : IAsyncDisposable
{
    Task WriteAsync(string file, ArticleFormat format, ArticleAnalysis analysis, CancellationToken ct);
}
