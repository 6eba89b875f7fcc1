using BiasDashboard.Web.Accounts;
using BiasDashboard.Web.Outlets;
using BiasDashboard.Web.Requests;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace BiasDashboard.Web.Pages.Outlets;

/// <summary>
/// <c>/outlets/{id}</c>: one outlet across all its events. Teachers set its tags here (antiforgery, and the teacher role
/// checked on the server).
/// </summary>
public sealed class DetailsModel(OutletProfileQuery query, OutletTagCommands tags) : PageModel
{
    public OutletProfile? Profile { get; private set; }

    /// <summary>The charts for profile.js.</summary>
    public object Figures { get; private set; } = new { };

    public string? Message { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct) => await LoadAsync(id, ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostTagsAsync(int id, string? lines, CancellationToken ct)
    {
        if (!await TeacherPolicy.AllowsAsync(HttpContext))
        {
            Response.StatusCode = StatusCodes.Status403Forbidden;
            Message = "Only a signed-in teacher can change this; nothing was changed.";
        }
        else
        {
            try
            {
                var wanted = OutletTagCommands.ParseLines(lines);
                var current = (await query.BuildAsync(id, ct))?.Tags ?? new Dictionary<string, string>();
                foreach (var axis in current.Keys.Where(k => !wanted.ContainsKey(k)))
                {
                    wanted[axis] = null; // a line removed from the box removes that tag
                }

                await tags.SetAsync(id, wanted, ct);
                Message = "Tags saved.";
            }
            catch (CommandRefusedException e)
            {
                Response.StatusCode = e.Status;
                Message = $"Not changed: {e.Message}";
            }
        }

        return await LoadAsync(id, ct) ? Page() : NotFound();
    }

    private async Task<bool> LoadAsync(int id, CancellationToken ct)
    {
        Profile = await query.BuildAsync(id, ct);
        if (Profile is null)
        {
            return false;
        }

        Figures = new { tone = Profile.Tone, loaded = Profile.LoadedLanguage };
        return true;
    }
}
