using System.Globalization;
using System.Text;
using BiasDashboard.Analysis.Ingest;
using BiasDashboard.Web.Events;
using Microsoft.Extensions.Options;

namespace BiasDashboard.Web.Articles;

/// <summary>
/// Turns an upload request (form with files and/or pasted text, or JSON) into ingest calls, one per file. Each
/// file is stored or refused on its own, so one bad file never stops the others and never leaves half a record.
/// </summary>
public sealed class ArticleUploadHandler(
    ArticleIngestService ingest, EventPlanner planner, IOptions<UploadOptions> options, IOptions<IngestLimits> limits)
{
    /// <summary>
    /// Reads an upload form within <see cref="UploadOptions"/>' limits (fields and files, total size).
    /// </summary>
    /// <exception cref="ArticleRejectedException">The form is over a limit (413) or not a readable form (422).</exception>
    public async Task<IFormCollection> ReadFormAsync(HttpRequest request, CancellationToken ct)
    {
        try
        {
            return await request.ReadFormAsync(ct);
        }
        catch (InvalidDataException e)
        {
            // FormOptions' limits (value count, key and value length, multipart size) and malformed multipart bodies.
            throw new ArticleRejectedException(
                e.Message.Contains("count limit", StringComparison.Ordinal)
                    ? $"the form has more than {options.Value.MaxFormValues} fields and files; " +
                        $"send at most {options.Value.MaxFilesPerRequest} files per upload"
                    : $"the form could not be read: {e.Message}",
                e.Message.Contains("limit", StringComparison.Ordinal) ? RejectionKind.TooLarge : RejectionKind.Invalid, e);
        }
        catch (IOException e) when (e is not BadHttpRequestException)
        {
            throw new ArticleRejectedException($"the form could not be read: {e.Message}", RejectionKind.Invalid, e);
        }
    }

    public async Task<IReadOnlyList<IngestResult>> FromFormAsync(IFormCollection form, CancellationToken ct)
    {
        var details = DetailsFrom(form);
        var split = form["split"].ToString().Trim();
        if (!IsSplit(split))
        {
            // Read as "no splitting" it stored a whole listing page as one article; the caller meant something else.
            throw new BadHttpRequestException(
                $"'split' must be all, or part numbers from 0 separated by commas (such as 0,2), or left out; it was '{split}'.");
        }

        var items = await ReadAsync(form, split);

        // With no event named, "autoEvent" places every article: into the stored event it is most like, or into new
        // events grouped among this upload's articles (a folder of unlabelled articles from several events).
        var placements = IsOn(form["autoEvent"]) && (details.EventIds ?? []).Count == 0 && details.NewEventTitle is null
            ? (await planner.PlaceAsync(items.Where(i => i.Parsed is not null).Select(i => (i.Label, i.Parsed!)).ToList(), ct))
                .ToDictionary(p => p.Key, StringComparer.Ordinal)
            : [];
        var results = new List<IngestResult>();
        foreach (var item in items)
        {
            if (item.Parsed is null)
            {
                results.Add(IngestResult.Refused(item.Label, $"{item.Label}: {item.Reason}", item.Rejection ?? RejectionKind.Invalid));
                continue;
            }

            var itemDetails = item.IsPart ? details with { Title = null, Author = null, Published = null } : details;
            if (placements.TryGetValue(item.Label, out var placement))
            {
                itemDetails = itemDetails with
                {
                    EventIds = placement.Existing is { } e ? [e.EventId] : [],
                    NewEventTitle = placement.NewEventTitle
                };
            }

            results.Add(await StoreAsync(item.Label, item.Parsed, itemDetails, ct));
        }

        return results;
    }

    /// <summary>
    /// Reads and parses an upload's files and pasted text, one item per article (see <c>split</c> in <see cref="Read"/>),
    /// without storing anything: the upload stores them, <c>POST /api/articles/plan</c> says where they would go.
    /// </summary>
    public async Task<List<UploadItem>> ReadAsync(IFormCollection form, string split)
    {
        if (form.Files.Count > options.Value.MaxFilesPerRequest)
        {
            throw new ArticleRejectedException(
                $"{form.Files.Count} files at once; send at most {options.Value.MaxFilesPerRequest} per upload", RejectionKind.TooLarge);
        }

        var items = new List<UploadItem>();
        foreach (var file in form.Files)
        {
            items.AddRange(await ReadFileAsync(file, split));
        }

        if (form["text"].ToString() is { Length: > 0 } pasted && !string.IsNullOrWhiteSpace(pasted))
        {
            items.AddRange(Read("pasted text", "pasted.txt", Encoding.UTF8.GetBytes(pasted), split));
        }

        return items;
    }

    private async Task<IReadOnlyList<UploadItem>> ReadFileAsync(IFormFile file, string split)
    {
        var name = Path.GetFileName(file.FileName);
        if (file.Length > options.Value.MaxFileBytes)
        {
            // Refused before reading, so an oversized file is never buffered in memory.
            return [UploadItem.Refused(
                name, ArticleIngestService.TooLarge(file.Length, options.Value.MaxFileBytes), RejectionKind.TooLarge)];
        }

        using var buffer = new MemoryStream((int)file.Length);
        await file.CopyToAsync(buffer);
        return Read(name, name, buffer.ToArray(), split);
    }

    // One item per article: the file itself, or with "split" ("all", or part numbers from 0 such as "0,2") the
    // articles a listing page holds, each titled, dated and credited from its own headline and dateline.
    private List<UploadItem> Read(string label, string fileName, byte[] bytes, string split)
    {
        ArticleText parsed;
        try
        {
            parsed = ingest.Parse(fileName, bytes);
        }
        catch (ArticleRejectedException e)
        {
            return [UploadItem.Refused(label, e.Message, e.Kind)];
        }

        IReadOnlyList<ArticlePart> parts;
        try
        {
            parts = split.Length == 0 ? [] : ArticleSplitter.FindParts(parsed, limits.Value);
        }
        catch (InputLimitException e)
        {
            return [UploadItem.Refused(
                label, $"{e.Message} (setting Ingest:{e.Limit}); upload the page in pieces, or without splitting", RejectionKind.TooLarge)];
        }

        if (parts.Count < 2)
        {
            return [new UploadItem(label, label, null, 1, parsed, null, null)];
        }

        var keep = split.Equals("all", StringComparison.OrdinalIgnoreCase)
            ? Enumerable.Range(0, parts.Count).ToHashSet()
            : split.Split(',', StringSplitOptions.TrimEntries)
                .Select(x => int.TryParse(x, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : -1)
                .Where(n => n >= 0 && n < parts.Count).ToHashSet();
        if (keep.Count == 0)
        {
            return [UploadItem.Refused(
                label,
                $"'split' names no part of the {parts.Count} articles in the file (use all, or numbers from 0 to {parts.Count - 1})",
                RejectionKind.Invalid)];
        }

        return parts.Select((part, i) => (part, i)).Where(x => keep.Contains(x.i))
            .Select(x => new UploadItem($"{label} #{x.i + 1}", label, x.i, parts.Count, PartOf(parsed, x.part), null, null))
            .ToList();
    }

    private static bool IsSplit(string split) =>
        split.Length == 0 || split.Equals("all", StringComparison.OrdinalIgnoreCase)
        || split.Split(',', StringSplitOptions.TrimEntries).All(x => x.Length is > 0 and <= 9 && x.All(char.IsAsciiDigit));

    /// <summary>One article of a listing page: its slice of the body, with the part's headline, author and date.</summary>
    public static ArticleText PartOf(ArticleText page, ArticlePart part) => page with
    {
        Body = page.Body.Substring(part.Range.Start, part.Range.Length),
        Parts = null,
        Metadata = new ArticleMetadata(part.Title, page.Metadata.Outlet, part.Author, part.Published, page.Metadata.Url),
    };

    private async Task<IngestResult> StoreAsync(string label, ArticleText parsed, ArticleDetails details, CancellationToken ct)
    {
        try
        {
            var stored = await ingest.StoreAsync(parsed, details, sourceKey: null, ct);
            return new IngestResult(label, stored.Id, stored.Title, stored.Outlet, null);
        }
        catch (ArticleRejectedException e)
        {
            return IngestResult.Refused(label, $"{label}: {e.Message}", e.Kind);
        }
    }

    private static bool IsOn(Microsoft.Extensions.Primitives.StringValues value) =>
        value.ToString() is "true" or "on" or "1" or "True";


    public async Task<IngestResult> FromJsonAsync(ArticleJsonUpload upload, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(upload.Outlet) || string.IsNullOrWhiteSpace(upload.Text))
        {
            throw new ArticleRejectedException("'outlet' and 'text' are required");
        }

        var details = new ArticleDetails(upload.Outlet, upload.Title, upload.Published, upload.Url, upload.EventIds);
        var parsed = ingest.Parse("article.txt", Encoding.UTF8.GetBytes(upload.Text));
        if (upload.AutoEvent == true && (upload.EventIds ?? []).Count == 0)
        {
            var placement = (await planner.PlaceAsync(
                [("text", parsed with { Metadata = parsed.Metadata.Or(new ArticleMetadata(upload.Title, Published: upload.Published)) })],
                ct))[0];
            details = details with { EventIds = placement.Existing is { } e ? [e.EventId] : [], NewEventTitle = placement.NewEventTitle };
        }

        var result = await StoreAsync("text", parsed, details, ct);
        return result.Accepted ? result : throw new ArticleRejectedException(result.Error!, result.Rejection ?? RejectionKind.Invalid);
    }

    public static ArticleDetails DetailsFrom(IFormCollection form)
    {
        static string? Field(IFormCollection f, string name) =>
            f[name].ToString() is { Length: > 0 } v && !string.IsNullOrWhiteSpace(v) ? v.Trim() : null;
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

/// <summary>
/// One article of an upload, read but not stored: its label ("listing.txt #3"), the file it came from, which of the
/// file's <see cref="Parts"/> articles it is (null for a whole file), and either the parsed article or why it was refused.
/// </summary>
public sealed record UploadItem(
    string Label, string File, int? Part, int Parts, ArticleText? Parsed, string? Reason, RejectionKind? Rejection)
{
    public bool IsPart => Part is not null;

    public static UploadItem Refused(string file, string reason, RejectionKind kind) => new(file, file, null, 0, null, reason, kind);
}
