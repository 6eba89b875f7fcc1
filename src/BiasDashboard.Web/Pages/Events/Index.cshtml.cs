using BiasDashboard.Web.Catalog;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace BiasDashboard.Web.Pages.Events;

public sealed class IndexModel(CatalogQueries catalog) : PageModel
{
    public IReadOnlyList<EventListItem> Events { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => Events = await catalog.EventsAsync(ct);
}
