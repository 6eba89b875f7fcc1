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

    /// <summary>
    /// Where this page of the list starts (<c>?skip=</c>); the list shows <see cref="EventListQuery.PageSize"/> at a time.
    /// </summary>
    [BindProperty(SupportsGet = true)]
    public int Skip { get; set; }

    /// <summary>Whether older events follow this page.</summary>
    public bool HasMore => Events.Count == EventListQuery.PageSize;

    public async Task OnGetAsync(CancellationToken ct)
    {
        Skip = Math.Max(0, Skip);
        Events = await eventList.EventsAsync(ct, Skip);
    }

    public async Task<IActionResult> OnPostAsync(string? title, DateOnly? date, string? description, CancellationToken ct)
    {
        if (!await TeacherPolicy.AllowsAsync(HttpContext))
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
            catch (Requests.CommandRefusedException e)
            {
                Response.StatusCode = e.Status;
                Message = $"Not created: {e.Message}";
            }
        }

        Events = await eventList.EventsAsync(ct);
        return Page();
    }
}
