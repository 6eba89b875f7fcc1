using System.Globalization;
using BiasDashboard.Web.Data;
using BiasDashboard.Web.Spreadsheets;
using CsvHelper;
using Microsoft.EntityFrameworkCore;

namespace BiasDashboard.Web.Articles;

/// <summary><c>/api/export/articles.csv</c>: the CSV export of every article's scores.</summary>
public static class ArticleExportEndpoints
{
    public static IEndpointRouteBuilder MapArticleExportEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/export/articles.csv", ExportArticles).WithTags("Export")
            .WithSummary("All article scores as CSV, one row per article (events separated by '|').");
        return app;
    }

    private static async Task ExportArticles(HttpContext http, BiasDbContext db, CancellationToken ct)
    {
        http.Response.ContentType = "text/csv; charset=utf-8";
        http.Response.Headers.ContentDisposition = "attachment; filename=articles.csv";
        await using var writer = new StreamWriter(http.Response.Body, new System.Text.UTF8Encoding(false));
        await using var csv = new CsvWriter(writer, CultureInfo.InvariantCulture);
        csv.Context.TypeConverterOptionsCache.GetOptions<DateOnly>().Formats = ["yyyy-MM-dd"];
        csv.Context.TypeConverterOptionsCache.GetOptions<DateOnly?>().Formats = ["yyyy-MM-dd"];
        csv.WriteHeader<ArticleCsvRow>();
        await csv.NextRecordAsync();
        var rows = db.Articles.AsNoTracking().OrderBy(a => a.Id).Select(a => new ArticleCsvRow(
            a.Id, a.Title, a.Outlet.Name, a.Published, a.Url, string.Join("|", a.Events.Select(e => e.Id)),
            a.WordCount, a.SentenceCount, a.MeanCompound, a.MedianCompound, a.MeanIntervalLow, a.MeanIntervalHigh,
            a.SharePositive, a.ShareNeutral, a.ShareNegative)).AsAsyncEnumerable();
        await foreach (var row in rows.WithCancellation(ct))
        {
            csv.WriteRecord(row with
            {
                Title = SpreadsheetText.Safe(row.Title),
                Outlet = SpreadsheetText.Safe(row.Outlet),
                Url = SpreadsheetText.SafeOrNull(row.Url),
                Events = SpreadsheetText.Safe(row.Events),
                MeanCompound = Math.Round(row.MeanCompound, 4),
                MedianCompound = Math.Round(row.MedianCompound, 4),
                MeanIntervalLow = row.MeanIntervalLow is { } low ? Math.Round(low, 4) : null,
                MeanIntervalHigh = row.MeanIntervalHigh is { } high ? Math.Round(high, 4) : null,
                SharePositive = Math.Round(row.SharePositive, 4),
                ShareNeutral = Math.Round(row.ShareNeutral, 4),
                ShareNegative = Math.Round(row.ShareNegative, 4),
            });
            await csv.NextRecordAsync();
        }
    }

    private sealed record ArticleCsvRow(
        int Id, string Title, string Outlet, DateOnly? Published, string? Url, string Events, int WordCount, int SentenceCount,
        double MeanCompound, double MedianCompound, double? MeanIntervalLow, double? MeanIntervalHigh,
        double SharePositive, double ShareNeutral, double ShareNegative);
}
