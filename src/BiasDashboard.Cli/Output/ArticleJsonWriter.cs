using System.Text.Encodings.Web;
using System.Text.Json;
using BiasDashboard.Analysis.Articles;
using BiasDashboard.Analysis.Ingest;
using BiasDashboard.Analysis.Text;

namespace BiasDashboard.Cli.Output;

/// <summary>
/// The JSON of <c>bias analyze</c>: an array with one object per article — <c>file</c> (the path as given),
/// metadata, <c>text</c> (the body exactly as analysed), summary, <c>sentences</c> with <c>start</c>/<c>end</c>
/// UTF-16 offsets into <c>text</c> and their scores and words, and the sentiment <c>arc</c>.
/// </summary>
internal sealed partial class ArticleJsonWriter(Stream stream) : IArticleWriter
{
    // Relaxed escaping keeps ’ and “ readable; the output is a file, not HTML.
    private readonly Utf8JsonWriter _json = new(stream,
        new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
    private bool _started;

    public async Task WriteAsync(string file, ArticleFormat format, ArticleAnalysis analysis, CancellationToken ct)
    {
        Start();
        _json.WriteStartObject();
        _json.WriteString("file", file);
        _json.WriteString("format", format switch { ArticleFormat.Markdown => "markdown", ArticleFormat.Html => "html", _ => "text" });
        var m = analysis.Metadata;
        WriteOptional("title", m.Title);
        WriteOptional("outlet", m.Outlet);
        WriteOptional("author", m.Author);
        WriteOptional("date", m.Published?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        WriteOptional("url", m.Url);
        _json.WriteNumber("wordCount", analysis.WordCount);
        _json.WriteNumber("sentenceCount", analysis.SentenceCount);
        WriteSummary(analysis.Summary);
        _json.WriteString("text", analysis.Body);
        _json.WriteStartArray("sentences");
        foreach (var sentence in analysis.Sentences)
        {
            WriteSentence(sentence);
        }

        _json.WriteEndArray();
        _json.WriteStartArray("arc");
        foreach (var point in analysis.Arc)
        {
            _json.WriteStartObject();
            _json.WriteNumber("sentence", point.SentenceIndex);
            _json.WriteNumber("position", Math.Round(point.Position, 4));
            _json.WriteNumber("compound", point.Compound);
            _json.WriteNumber("smoothed", Math.Round(point.Smoothed, 4));
            _json.WriteEndObject();
        }

        _json.WriteEndArray();
        WriteFraming(analysis.Framing);
        _json.WriteEndObject();
        await _json.FlushAsync(ct);
    }

    public async ValueTask DisposeAsync()
    {
        Start();
        _json.WriteEndArray();
        await _json.FlushAsync();
        await _json.DisposeAsync();
        await stream.WriteAsync("\n"u8.ToArray());
        await stream.FlushAsync();
    }

    private void Start()
    {
        if (!_started)
        {
            _started = true;
            _json.WriteStartArray();
        }
    }

    private void WriteSummary(ArticleSummary summary)
    {
        _json.WriteStartObject("summary");
        _json.WriteNumber("meanCompound", Math.Round(summary.MeanCompound, 4));
        _json.WriteNumber("medianCompound", Math.Round(summary.MedianCompound, 4));
        if (summary.MeanInterval is { } ci)
        {
            _json.WriteStartObject("meanInterval95");
            _json.WriteNumber("low", Math.Round(ci.Low, 4));
            _json.WriteNumber("high", Math.Round(ci.High, 4));
            _json.WriteEndObject();
        }
        else
        {
            _json.WriteNull("meanInterval95");
        }

        _json.WriteStartObject("shares");
        _json.WriteNumber("positive", Math.Round(summary.Shares.Positive, 4));
        _json.WriteNumber("neutral", Math.Round(summary.Shares.Neutral, 4));
        _json.WriteNumber("negative", Math.Round(summary.Shares.Negative, 4));
        _json.WriteEndObject();
        _json.WriteEndObject();
    }

    private void WriteSentence(SentenceScore s)
    {
        _json.WriteStartObject();
        _json.WriteNumber("index", s.Index);
        WriteRange(s.Range);
        _json.WriteNumber("paragraph", s.Paragraph);
        _json.WriteString("kind", s.Kind.ToString().ToLowerInvariant());
        _json.WriteNumber("quotedShare", Math.Round(s.QuotedShare, 4));
        _json.WriteStartArray("quoted");
        foreach (var q in s.Quoted)
        {
            _json.WriteStartObject();
            WriteRange(q);
            _json.WriteEndObject();
        }

        _json.WriteEndArray();
        _json.WriteNumber("neg", s.Scores.Negative);
        _json.WriteNumber("neu", s.Scores.Neutral);
        _json.WriteNumber("pos", s.Scores.Positive);
        _json.WriteNumber("compound", s.Scores.Compound);
        _json.WriteStartArray("words");
        foreach (var w in s.Words)
        {
            _json.WriteStartObject();
            WriteRange(new TextRange(w.Start, w.Length));
            _json.WriteString("word", w.Word);
            _json.WriteNumber("valence", Math.Round(w.Valence, 4));
            _json.WriteEndObject();
        }

        _json.WriteEndArray();
        _json.WriteEndObject();
    }

    private void WriteRange(TextRange range)
    {
        _json.WriteNumber("start", range.Start);
        _json.WriteNumber("end", range.End);
    }

    private void WriteOptional(string name, string? value)
    {
        if (value is null)
        {
            _json.WriteNull(name);
        }
        else
        {
            _json.WriteString(name, value);
        }
    }
}
