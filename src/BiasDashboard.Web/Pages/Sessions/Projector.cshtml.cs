using BiasDashboard.Web.Sessions;
using BiasDashboard.Web.Data.Entities;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace BiasDashboard.Web.Pages.Sessions;

/// <summary>
/// <c>/sessions/{id}/projector</c>: what the whole class may see on the wall — the join address, code and QR code,
/// how many have joined and answered (no nicknames, no key, no scores), and after the reveal the chart of the class's
/// ratings against the measured tone. The teacher's own screen is the console.
/// </summary>
public sealed class ProjectorModel(ClassSessionService sessions, ClassResultsQuery results, JoinAddress joinAddress) : PageModel
{
    public ClassSession? Session { get; private set; }

    public ClassResults? Results { get; private set; }

    public JoinTarget Join => joinAddress.For(Request);

    /// <summary>The reveal chart Plotly takes, or null before the reveal.</summary>
    public object? Figure { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct) => await LoadAsync(id, ct) ?? Page();

    /// <summary>The live part alone, for sessions-projector.js to swap in when the hub says something changed.</summary>
    public async Task<IActionResult> OnGetLiveAsync(int id, CancellationToken ct) => await LoadAsync(id, ct) ?? Partial("_Projector", this);

    private async Task<IActionResult?> LoadAsync(int id, CancellationToken ct)
    {
        Session = await sessions.FindAsync(id, ct);
        if (Session is null)
        {
            return NotFound();
        }

        if (!ClassSessionService.Owns(Session, User))
        {
            return new ContentResult
            {
                StatusCode = StatusCodes.Status403Forbidden,
                Content = "This class belongs to another teacher.",
                ContentType = "text/plain; charset=utf-8"
            };
        }

        Results = await results.BuildAsync(Session, ct);
        Figure = Session.Revealed ? ClassRevealFigure.Build(Results, revealed: true).Figure : null;
        return null;
    }
}
