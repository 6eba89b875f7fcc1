using BiasDashboard.Web.Accounts;
using BiasDashboard.Web.Events;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace BiasDashboard.Web.Pages.Events;

/// <summary>The list of events, and the teachers' form to create one (antiforgery; the teacher role checked on the server).</summary>
public sealed class IndexModel(EventListQuery eventList, EventCommands commands) : PageModel
{
    public IReadOnlyList<EventListItem> Events { get; private set; } = [];

    public string? Message { get; private set; }

    public async Task OnGetAsync(CancellationToken ct) => Events = await eventList.EventsAsync(ct);

    public async Task<IActionResult> OnPostAsync(string? title, DateOnly? date, string? description, CancellationToken ct)
    {
        if (!TeacherOnly.IsTeacher(HttpContext))
        {
            Response.StatusCode = StatusCodes.Status403Forbidden;
            Message = "Only a signed-in teacher can create events; nothing was created.";
        }
        else
        {
            try
            {
                var created = await commands.CreateAsync(title, date, description, ct);
                return Redirect($"/events/{Uri.EscapeDataString(created.Id)}");
            }
            catch (EventCommandException e)
            {
                Response.StatusCode = e.Status;
                Message = $"Not created: {e.Message}";
            }
        }

        Events = await eventList.EventsAsync(ct);
        return Page();
    }
}
