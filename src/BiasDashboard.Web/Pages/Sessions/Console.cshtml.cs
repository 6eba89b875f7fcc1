using System.Globalization;
using System.Text;
using BiasDashboard.Web.Sessions;
using BiasDashboard.Web.Data.Entities;
using CsvHelper;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace BiasDashboard.Web.Pages.Sessions;

/// <summary>
/// <c>/sessions/{id}</c>: the teacher's console for a live lesson — the private parts: the roster with nicknames, the
/// key, the measured scores and every answer, live, and the controls (what students see, reveal, end). The projector
/// view (<c>/sessions/{id}/projector</c>) shows only what the class may see. Also the results page and CSV.
/// </summary>
public sealed class ConsoleModel(ClassSessionService sessions, ClassResultsQuery results, JoinAddress joinAddress) : PageModel
{
    public ClassSession? Session { get; private set; }

    public ClassResults? Results { get; private set; }

    public string? Message { get; private set; }

    /// <summary>
    /// Where students join: an address their devices can reach (see <see cref="JoinAddress"/>), with a warning when there is none.
    /// </summary>
    public JoinTarget Join => joinAddress.For(Request);

    public string JoinUrl => Join.JoinUrl(Session!.JoinCode);

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct) => await LoadAsync(id, ct) ?? Page();

    /// <summary>The roster and answers alone, for sessions-teacher.js to swap in when the hub says something changed.</summary>
    public async Task<IActionResult> OnGetLiveAsync(int id, CancellationToken ct) => await LoadAsync(id, ct) ?? Partial("_Live", this);

    public async Task<IActionResult> OnGetCsvAsync(int id, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is { } refused)
        {
            return refused;
        }

        var text = new StringWriter(CultureInfo.InvariantCulture);
        using (var csv = new CsvWriter(text, CultureInfo.InvariantCulture))
        {
            foreach (var header in (string[])["nickname", "letter", "outlet", "article", "tone", "slant", "measured_compound", "highlights",
                         "flags", "guess", "guess_right", "frame_span", "frames", "frame_reason"])
            {
                csv.WriteField(header);
            }

            await csv.NextRecordAsync();
            foreach (var article in Results!.Articles)
            {
                foreach (var a in article.Answers.OrderBy(a => a.Nickname, StringComparer.OrdinalIgnoreCase))
                {
                    foreach (var field in (object?[])[a.Nickname, article.Letter, article.Outlet, article.Title, a.Tone, a.Slant,
                                 Math.Round(article.MeasuredCompound, 4), a.Highlights.Replace('\n', '|'), a.Flags.Replace('\n', '|'),
                                 a.Guess, a.GuessRight, a.FrameSpan, a.Frames, a.FrameReason])
                    {
                        csv.WriteField(Safe(field));
                    }

                    await csv.NextRecordAsync();
                }
            }
        }

        return File(Encoding.UTF8.GetBytes(text.ToString()), "text/csv; charset=utf-8", $"class-{Session!.JoinCode}.csv");
    }

    public Task<IActionResult> OnPostShowAsync(int id, string? screen, CancellationToken ct) =>
        ChangeAsync(id, s => sessions.ShowAsync(s, screen, ct), ct);

    public Task<IActionResult> OnPostRevealAsync(int id, CancellationToken ct) => ChangeAsync(id, s => sessions.RevealAsync(s, ct), ct);

    public Task<IActionResult> OnPostEndAsync(int id, CancellationToken ct) => ChangeAsync(id, s => sessions.EndAsync(s, ct), ct);

    private async Task<IActionResult> ChangeAsync(int id, Func<ClassSession, Task> change, CancellationToken ct)
    {
        var session = await sessions.FindAsync(id, ct);
        if (Refuse(session) is { } refused)
        {
            return refused;
        }

        try
        {
            await change(session!);
        }
        catch (Requests.CommandRefusedException e)
        {
            Message = $"Not changed: {e.Message}";
            Response.StatusCode = e.Status;
        }

        await LoadAsync(id, ct);
        return Request.Headers.Accept.ToString().Contains("application/json", StringComparison.Ordinal)
            ? new JsonResult(new
            {
                screen = Session!.Screen,
                revealed = Session.Revealed,
                ended = Session.EndedAtUtc is not null,
                message = Message
            })
            : Page();
    }

    /// <summary>Loads the session and its results; the answer to send instead when it is missing or another teacher's.</summary>
    private async Task<IActionResult?> LoadAsync(int id, CancellationToken ct)
    {
        Session = await sessions.FindAsync(id, ct);
        if (Refuse(Session) is { } refused)
        {
            return refused;
        }

        Results = await results.BuildAsync(Session!, ct);
        return null;
    }

    // A session belongs to the teacher who started it: another teacher gets 403, not the key or the students' names.
    private IActionResult? Refuse(ClassSession? session) =>
        session is null ? NotFound()
        : ClassSessionService.Owns(session, User) ? null
        : new ContentResult
        {
            StatusCode = StatusCodes.Status403Forbidden,
            Content = "This class belongs to another teacher.",
            ContentType = "text/plain; charset=utf-8"
        };

    private static object? Safe(object? value) => value is string s ? Spreadsheets.SpreadsheetText.Safe(s) : value;
}
