using BiasDashboard.Web.Accounts;
using BiasDashboard.Web.Events;
using BiasDashboard.Web.Events.Comparison;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace BiasDashboard.Web.Pages.Events;

/// <summary>
/// <c>/events/{id}</c>: one event's coverage side by side, the page a teacher projects. Columns can be sorted and
/// grouped by an outlet tag axis; the comparison redraws live (the Body handler serves it for comparison.js). The
/// teachers' forms post with antiforgery and are checked on the server: only a signed-in teacher (or a script with the
/// admin token) may change anything.
/// </summary>
public sealed class DetailsModel(EventComparisonQuery query, EventCommands commands, EventListQuery eventList, EventStoryQuery story)
    : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? By { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Sort { get; set; }

    public EventComparisonView? View { get; private set; }

    /// <summary>The comparison as the partials show it, its columns in the chosen order.</summary>
    public ComparisonSections? Sections { get; private set; }

    public IReadOnlyList<EventListItem> OtherEvents { get; private set; } = [];

    /// <summary>The earlier event of a running story this one follows, if any.</summary>
    public StoryNeighbour? Follows { get; private set; }

    /// <summary>Later events of a running story that follow this one.</summary>
    public IReadOnlyList<StoryNeighbour> FollowedBy { get; private set; } = [];

    public string? Message { get; private set; }

    public async Task<IActionResult> OnGetAsync(string id, CancellationToken ct) =>
        await LoadAsync(id, ct) ? Page() : NotFound();

    /// <summary>The comparison alone, for comparison.js to swap in after a live update.</summary>
    public async Task<IActionResult> OnGetBodyAsync(string id, CancellationToken ct) =>
        await LoadAsync(id, ct, forms: false) ? Partial("_Comparison", Sections) : NotFound();

    public Task<IActionResult> OnPostEditAsync(string id, string? title, DateOnly? date, string? description, CancellationToken ct) =>
        ChangeAsync(id, () => commands.UpdateAsync(id, title, date, description, ct), "Saved.", ct);

    public Task<IActionResult> OnPostAddFactAsync(
        string id, string? statement, string? terms, string? contradictTerms, CancellationToken ct) =>
        ChangeAsync(id, () => commands.AddFactAsync(id, statement, terms, contradictTerms, ct), "Fact added to the ledger.", ct);

    public Task<IActionResult> OnPostDeleteFactAsync(string id, int factId, CancellationToken ct) =>
        ChangeAsync(id, () => commands.DeleteFactAsync(id, factId, ct), "Fact removed.", ct);

    public Task<IActionResult> OnPostRemoveArticleAsync(string id, int articleId, CancellationToken ct) =>
        ChangeAsync(id, async () =>
        {
            await commands.SetArticleEventsAsync(articleId, await OtherEventsOfAsync(articleId, id, ct), ct);
        }, "Article removed from this event (it is not deleted).", ct);

    public async Task<IActionResult> OnPostMergeAsync(string id, string? into, CancellationToken ct)
    {
        var result = await ChangeAsync(id, () => commands.MergeAsync(id, into, ct), "", ct);
        return Response.StatusCode == StatusCodes.Status200OK ? Redirect($"/events/{Uri.EscapeDataString(into!)}") : result;
    }

    public async Task<IActionResult> OnPostDeleteAsync(string id, CancellationToken ct)
    {
        var result = await ChangeAsync(id, () => commands.DeleteAsync(id, ct), "", ct);
        return Response.StatusCode == StatusCodes.Status200OK ? Redirect("/events") : result;
    }

    private async Task<IReadOnlyList<string>> OtherEventsOfAsync(int articleId, string removed, CancellationToken ct) =>
        (await eventList.EventIdsOfArticleAsync(articleId, ct)).Where(e => e != removed).ToList();

    private async Task<IActionResult> ChangeAsync(string id, Func<Task> change, string done, CancellationToken ct)
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
                await change();
                Message = done;
            }
            catch (Requests.CommandRefusedException e)
            {
                Response.StatusCode = e.Status;
                Message = $"Not changed: {e.Message}";
            }
        }

        return await LoadAsync(id, ct) ? Page() : NotFound();
    }

    // `forms`: the teachers' forms need the other events (merge); the live refresh of the comparison does not.
    private async Task<bool> LoadAsync(string id, CancellationToken ct, bool forms = true)
    {
        View = await query.BuildAsync(id, By, ct);
        if (View is null)
        {
            return false;
        }

        Sections = ComparisonSections.Build(View, Sort);
        OtherEvents = forms ? (await eventList.NearAsync(View.Date, ct)).Where(e => e.Id != id).ToList() : [];
        if (forms)
        {
            (Follows, FollowedBy) = await story.ForAsync(id, View.Date, ct);
        }
        return true;
    }
}
