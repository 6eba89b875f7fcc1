using BiasDashboard.Web.Sessions;
using BiasDashboard.Web.Data;
using BiasDashboard.Web.Events;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace BiasDashboard.Web.Pages.Sessions;

/// <summary>
/// <c>/sessions</c>: the signed-in teacher's own class sessions (no one else's join codes), and the form that starts one on an event.
/// </summary>
public sealed class IndexModel(
    BiasDbContext db, EventListQuery eventList, ClassSessionService sessions, LessonPlanner planner, UserManager<IdentityUser> users)
    : PageModel
{
    public IReadOnlyList<EventListItem> Events { get; private set; } = [];

    public IReadOnlyList<(int Id, string JoinCode, string EventId, DateTime Started, DateTime? Ended, int Students)> Sessions
    {
        get; private set;
    } = [];

    public string? Message { get; private set; }

    /// <summary>The event being planned (step two: pick its articles); null on the first step.</summary>
    [BindProperty(SupportsGet = true)]
    public string? EventId { get; set; }

    /// <summary>The chosen event's articles with their lengths, for picking and timing the lesson.</summary>
    public IReadOnlyList<LessonArticle> Articles { get; private set; } = [];

    /// <summary>Excerpt lengths offered (paragraphs); null is the whole article.</summary>
    public static readonly IReadOnlyList<int?> ExcerptChoices = [null, 3, 5, 8, 12];

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public async Task<IActionResult> OnPostAsync(string? slantSide, int[]? articleIds, string? excerpt, string? pace, CancellationToken ct)
    {
        if (users.GetUserId(User) is not { } teacher)
        {
            // The admin token meets the teacher policy, but a class belongs to a teacher's account.
            Message = "Not started: a class is run from a teacher's account; sign in at /account/login.";
            Response.StatusCode = StatusCodes.Status403Forbidden;
            await LoadAsync(ct);
            return Page();
        }

        try
        {
            int? paragraphs = int.TryParse(
                excerpt, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var n) ? n : null;
            var plan = new LessonPlan(EventId, slantSide, articleIds, paragraphs, pace == "students");
            var session = await sessions.StartAsync(plan, teacher, ct);
            return Redirect($"/sessions/{session.Id}");
        }
        catch (Requests.CommandRefusedException e)
        {
            Message = $"Not started: {e.Message}";
            Response.StatusCode = e.Status;
            await LoadAsync(ct);
            return Page();
        }
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        Events = (await eventList.EventsAsync(ct)).Where(e => e.Articles > 0).ToList();
        Articles = EventId is not null && Events.Any(e => e.Id == EventId) ? await planner.ArticlesAsync(EventId, ct) : [];
        var me = users.GetUserId(User);
        Sessions = (await db.ClassSessions.AsNoTracking().Where(s => s.TeacherId == me).OrderByDescending(s => s.Id).Take(50)
                .Select(s => new
                {
                    s.Id,
                    s.JoinCode,
                    s.EventId,
                    s.StartedAtUtc,
                    s.EndedAtUtc,
                    Students = s.Students.Count
                }).ToListAsync(ct))
            .Select(s => (s.Id, s.JoinCode, s.EventId, s.StartedAtUtc, s.EndedAtUtc, s.Students)).ToList();
    }
}
