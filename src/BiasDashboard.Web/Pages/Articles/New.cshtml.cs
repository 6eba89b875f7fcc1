using System.Text.Json;
using BiasDashboard.Web.Articles;
using BiasDashboard.Web.Events;
using BiasDashboard.Web.Outlets;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;

namespace BiasDashboard.Web.Pages.Articles;

/// <summary>
/// The upload form. A plain POST stores every file and shows the results (Post/Redirect/Get); with JavaScript,
/// upload.js posts one file at a time to the File handler to show per-file progress. Both check antiforgery.
/// </summary>
[UploadBody]
public sealed class NewModel(ArticleUploadHandler uploads, EventListQuery eventList, OutletListQuery outletList,
    IOptions<UploadOptions> options) : PageModel
{
    private const string ResultsKey = "upload-results";

    public IReadOnlyList<string> Outlets { get; private set; } = [];

    public IReadOnlyList<EventListItem> Events { get; private set; } = [];

    public IReadOnlyList<IngestResult> Results { get; private set; } = [];

    public long MaxFileMegabytes => options.Value.MaxFileBytes / (1024 * 1024);

    public async Task OnGetAsync(CancellationToken ct)
    {
        Outlets = (await outletList.OutletsAsync(ct)).Select(o => o.Name).ToList();
        Events = await eventList.EventsAsync(ct);
        if (TempData[ResultsKey] is string json)
        {
            Results = JsonSerializer.Deserialize<List<IngestResult>>(json) ?? [];
        }
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var results = await UploadAsync(ct);
        TempData[ResultsKey] = JsonSerializer.Serialize(Bounded(results));
        return RedirectToPage();
    }

    /// <summary>Results shown after the redirect travel in a cookie: at most this many, with names and reasons clipped.</summary>
    public const int MaxShownResults = 10;

    // A cookie of 25 long file names and reasons grew until the browser's later requests got 431; this keeps it under 4 KB.
    private static List<IngestResult> Bounded(IReadOnlyList<IngestResult> results)
    {
        static string? Clip(string? text, int max) => text is null || text.Length <= max ? text : text[..max] + "…";
        var shown = results.Take(MaxShownResults)
            .Select(r => r with
            {
                File = Clip(r.File, 80)!,
                Title = Clip(r.Title, 80),
                Outlet = Clip(r.Outlet, 60),
                Error = Clip(r.Error, 160)
            })
            .ToList();
        if (results.Count > MaxShownResults)
        {
            var rest = results.Skip(MaxShownResults).ToList();
            shown.Add(IngestResult.Refused($"and {rest.Count} more",
                $"and {rest.Count} more files: {rest.Count(r => r.Accepted)} stored, {rest.Count(r => !r.Accepted)} refused"));
        }

        return shown;
    }

    /// <summary>One file (or the pasted text) per request, answered with JSON, for upload.js.</summary>
    public async Task<IActionResult> OnPostFileAsync(CancellationToken ct)
    {
        var results = await UploadAsync(ct);
        return results.Count == 1 && results[0].Accepted ? new JsonResult(results[0])
            : new JsonResult(results.FirstOrDefault()) { StatusCode = 422 };
    }

    private async Task<IReadOnlyList<IngestResult>> UploadAsync(CancellationToken ct)
    {
        if (await UploadGate.RefusalAsync(HttpContext, ct) is { } refusal)
        {
            Response.StatusCode = StatusCodes.Status401Unauthorized;
            return [IngestResult.Refused("upload", refusal)];
        }

        try
        {
            var results = await uploads.FromFormAsync(await uploads.ReadFormAsync(Request, ct), ct);
            return results.Count > 0 ? results : [IngestResult.Refused("upload", "choose at least one file, or paste the text")];
        }
        catch (ArticleRejectedException e)
        {
            return [IngestResult.Refused("upload", e.Message)];
        }
    }
}
