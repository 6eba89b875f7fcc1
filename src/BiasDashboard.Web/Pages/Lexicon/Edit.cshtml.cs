using BiasDashboard.Web.Accounts;
using System.Text;
using BiasDashboard.Analysis.Framing;
using BiasDashboard.Web.Lexicon;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace BiasDashboard.Web.Pages.Lexicon;

/// <summary>
/// Create, edit or import the framing lexicon in the browser. The form carries antiforgery, and saving is checked
/// on the server: only a signed-in teacher can save; a bad lexicon is shown back
/// with what is wrong, and nothing is saved.
/// </summary>
[RequestFormLimits(MultipartBodyLengthLimit = MaxBytes)]
public sealed class EditModel(ActiveLexicon active, LexiconStore store) : PageModel
{
    private const int MaxBytes = 1024 * 1024;

    public string Json { get; private set; } = "";

    public string CurrentId => active.Lexicon.Id;

    public int CurrentVersion => active.Lexicon.Version;

    public string? Message { get; private set; }

    public bool Saved { get; private set; }

    public void OnGet() => Json = active.Lexicon.ToJson();

    public async Task<IActionResult> OnPostAsync(string? json, IFormFile? file, CancellationToken ct)
    {
        Json = json ?? "";
        if (!await TeacherPolicy.AllowsAsync(HttpContext))
        {
            Message = "Only a signed-in teacher can save the lexicon; nothing was saved.";
            Response.StatusCode = StatusCodes.Status403Forbidden;
            return Page();
        }

        if (file is { Length: > 0 })
        {
            if (file.Length > MaxBytes)
            {
                Message = "The file is over 1 MB; a lexicon is much smaller. Nothing was saved.";
                return Page();
            }

            using var reader = new StreamReader(file.OpenReadStream(), Encoding.UTF8);
            Json = await reader.ReadToEndAsync(ct);
        }

        try
        {
            var saved = await store.SaveAsync(FramingLexicon.Parse(Json), ct);
            (Saved, Message, Json) =
                (true, $"Saved as {saved.Id} version {saved.Version}; stored articles are being rescored.", saved.ToJson());
        }
        catch (FormatException e)
        {
            Message = $"Not saved: {e.Message}";
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        }

        return Page();
    }

}
