using System.Globalization;
using System.Text;
using BiasDashboard.Analysis.Articles;
using BiasDashboard.Analysis.Ingest;
using CsvHelper;

namespace BiasDashboard.Cli.Output;

/// <summary>
/// The CSV of <c>bias analyze --format csv</c>: one row per sentence, with the article's file and metadata
/// repeated, so a spreadsheet can pivot by outlet or article. Offsets are UTF-16 indices into the body.
/// </summary>
internal sealed class ArticleCsvWriter : IArticleWriter
{
    private readonly StreamWriter _text;
    private readonly CsvWriter _csv;

    public ArticleCsvWriter(Stream stream)
    {
        _text = new StreamWriter(stream, new UTF8Encoding(false), leaveOpen: true);
        _csv = new CsvWriter(_text, CultureInfo.InvariantCulture);
        foreach (var header in (string[])["file", "title", "outlet", "date", "sentence", "start", "end", "paragraph", "kind",
                     "quoted_share", "neg", "neu", "pos", "compound", "text"])
        {
            _csv.WriteField(header);
        }

        _csv.NextRecord();
    }

    public async Task WriteAsync(string file, ArticleFormat format, ArticleAnalysis analysis, CancellationToken ct)
    {
        var m = analysis.Metadata;
        foreach (var s in analysis.Sentences)
        {
            _csv.WriteField(file);
            _csv.WriteField(m.Title);
            _csv.WriteField(m.Outlet);
            _csv.WriteField(m.Published?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            _csv.WriteField(s.Index);
            _csv.WriteField(s.Range.Start);
            _csv.WriteField(s.Range.End);
            _csv.WriteField(s.Paragraph);
            _csv.WriteField(s.Kind.ToString().ToLowerInvariant());
            _csv.WriteField(Math.Round(s.QuotedShare, 4));
            _csv.WriteField(s.Scores.Negative);
            _csv.WriteField(s.Scores.Neutral);
            _csv.WriteField(s.Scores.Positive);
            _csv.WriteField(s.Scores.Compound);
            _csv.WriteField(s.Range.In(analysis.Body).ToString());
            await _csv.NextRecordAsync();
        }

        await _text.FlushAsync(ct);
    }

    public async ValueTask DisposeAsync()
    {
        await _csv.DisposeAsync();
        await _text.DisposeAsync();
    }
}
