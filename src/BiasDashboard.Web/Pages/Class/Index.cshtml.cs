using BiasDashboard.Web.Class;
using BiasDashboard.Web.Sessions;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace BiasDashboard.Web.Pages.Class;

/// <summary>
/// <c>/class</c>: a student's screen in a live lesson — what the teacher shows, blind until the reveal — and the form
/// that judges an article (antiforgery; the join cookie says who answers; the article is named by its handle in the session).
/// classroom-student.js swaps in the Screen handler's view when the hub says the teacher changed it.
/// </summary>
public sealed class IndexModel(ClassStudents students, StudentViewQuery views) : PageModel
{
    public StudentView? View { get; private set; }

    public string? Message { get; private set; }

    /// <summary>In a student-paced lesson, the piece the student chose ("B"); ignored while the teacher drives.</summary>
    [BindProperty(SupportsGet = true, Name = "piece")]
    public string? Piece { get; set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) => await LoadAsync(ct) ? Page() : Redirect("/join");

    public async Task<IActionResult> OnGetScreenAsync(CancellationToken ct) =>
        await LoadAsync(ct) ? Partial("_Screen", this) : Unauthorized();

    /// <summary>The five generic news frames (Semetko &amp; Valkenburg 2000), each with the yes/no question that finds it.</summary>
    public static readonly IReadOnlyList<(string Frame, string Question)> FrameChecklist =
    [
        ("responsibility", "Does it suggest that some level of government, or someone, is responsible for the problem or could solve it?"),
        ("human interest", "Does it give a human face, or an example of how a person or group is affected?"),
        ("conflict", "Does it show disagreement between parties, people, groups or countries?"),
        ("morality", "Does it carry a moral message, or refer to morality, God or religion?"),
        ("economic consequences", "Does it mention money: losses, gains, or costs now or later?"),
    ];

    public async Task<IActionResult> OnPostRateAsync(StudentAnswer answer, string[]? frame, CancellationToken ct)
    {
        if (!ModelState.IsValid)
        {
            // "Tone=abc" must not be stored as 0 (neutral) over the student's answer: refused, nothing saved.
            Message = "Not sent: tone and slant are whole numbers from −2 to +2; choose one of each.";
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return await AnswerAsync(ct);
        }

        var frames = frame is { Length: > 0 } ? string.Join(", ", frame.Where(f => FrameChecklist.Any(c => c.Frame == f))) : null;
        answer = answer with { Frames = frames };
        var found = await students.StudentAsync(Request.Cookies[StudentCookie.Name], ct);
        if (found is not { } me)
        {
            return Unauthorized();
        }

        try
        {
            await students.RateAsync(me.Student, me.Session, answer, ct);
            Message = "Thanks: your answer is in. You can change it until your teacher reveals the outlets.";
        }
        catch (Requests.CommandRefusedException e)
        {
            Message = $"Not sent: {e.Message}.";
            Response.StatusCode = e.Status;
        }

        Piece = answer.Piece;
        return await AnswerAsync(ct);
    }

    private async Task<IActionResult> AnswerAsync(CancellationToken ct)
    {
        if (!await LoadAsync(ct))
        {
            return Unauthorized();
        }

        return Request.Headers.Accept.ToString().Contains("application/json", StringComparison.Ordinal)
            ? new JsonResult(new { message = Message }) { StatusCode = Response.StatusCode }
            : Page();
    }

    private async Task<bool> LoadAsync(CancellationToken ct)
    {
        var found = await students.StudentAsync(Request.Cookies[StudentCookie.Name], ct);
        if (found is not { } me)
        {
            return false;
        }

        View = await views.BuildAsync(me.Session, me.Student, Piece, ct);
        ViewData["Blind"] = !View.Revealed && !View.Ended; // no site menu: the other pages name the outlets
        return true;
    }
}
