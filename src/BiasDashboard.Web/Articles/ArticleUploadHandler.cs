using System.Globalization;
using System.Text;
using Microsoft.Extensions.Options;

namespace BiasDashboard.Web.Articles;

/// <summary>
/// Turns an upload request (form with files and/or pasted text, or JSON) into ingest calls, one per file. Each
/// file is stored or refused on its own, so one bad file never stops the others and never leaves half a record.
/// </summary>
public sealed class ArticleUploadHandler(ArticleIngestService ingest, IOptions<UploadOptions> options)
{
    public async Task<IReadOnlyList<IngestResult>> FromFormAsync(IFormCollection form, CancellationToken ct)
    {
        var details = DetailsFrom(form);
        if (form.Files.Count > options.Value.MaxFilesPerRequest)
        {
            throw new ArticleRejectedException($"{form.Files.Count} files at once; send at most {options.Value.MaxFilesPerRequest} per upload", RejectionKind.TooLarge);
        }

        var results = new List<IngestResult>();
        foreach (var file in form.Files)
        {
            results.Add(await IngestFileAsync(file, details, ct));
        }

        if (form["text"].ToString() is { Length: > 0 } pasted && !string.IsNullOrWhiteSpace(pasted))
        {
            results.Add(await IngestBytesAsync("pasted text", "pasted.txt", Encoding.UTF8.GetBytes(pasted), details, ct));
        }

        return results;
    }

    public async Task<IngestResult> FromJsonAsync(ArticleJsonUpload upload, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(upload.Outlet) || string.IsNullOrWhiteSpace(upload.Text))
        {
            throw new ArticleRejectedException("'outlet' and 'text' are required");
        }

        var details = new ArticleDetails(upload.Outlet, upload.Title, upload.Published, upload.Url, upload.EventIds);
        var result = await IngestBytesAsync("text", "article.txt", Encoding.UTF8.GetBytes(upload.Text), details, ct);
        return result.Accepted ? result : throw new ArticleRejectedException(result.Error!, result.Rejection ?? RejectionKind.Invalid);
    }

    public async Task<IngestResult> IngestFileAsync(IFormFile file, ArticleDetails details, CancellationToken ct)
    {
        var name = Path.GetFileName(file.FileName);
        if (file.Length > options.Value.MaxFileBytes)
        {
            // Refused before reading, so an oversized file is never buffered in memory.
            return IngestResult.Refused(name, $"{name}: {ArticleIngestService.TooLarge(file.Length, options.Value.MaxFileBytes)}", RejectionKind.TooLarge);
        }

        using var buffer = new MemoryStream((int)file.Length);
        await file.CopyToAsync(buffer, ct);
        return await IngestBytesAsync(name, name, buffer.ToArray(), details, ct);
    }

    private async Task<IngestResult> IngestBytesAsync(string label, string fileName, byte[] bytes, ArticleDetails details, CancellationToken ct)
    {
        try
        {
            var stored = await ingest.IngestAsync(fileName, bytes, details, ct);
            return new IngestResult(label, stored.Id, stored.Title, stored.Outlet, null);
        }
        catch (ArticleRejectedException e)
        {
            return IngestResult.Refused(label, $"{label}: {e.Message}", e.Kind);
        }
    }

    public static ArticleDetails DetailsFrom(IFormCollection form)
    {
        static string? Field(IFormCollection f, string name) => f[name].ToString() is { Length: > 0 } v && !string.IsNullOrWhiteSpace(v) ? v.Trim() : null;
        var published = Field(form, "published");
        return new ArticleDetails(
            Field(form, "outlet"),
            Field(form, "title"),
            published is null ? null
                : DateOnly.TryParse(published, CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d
                : throw new ArticleRejectedException($"'{published}' is not a date; use YYYY-MM-DD"),
            Field(form, "url"),
            form["eventIds"].Where(v => !string.IsNullOrWhiteSpace(v)).Select(v => v!.Trim()).ToList(),
            Field(form, "newEvent"),
            Field(form, "author"));
    }
}
