using BiasDashboard.Web.Catalog;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace BiasDashboard.Web.Pages.Outlets;

public sealed class IndexModel(CatalogQueries catalog) : PageModel
{
    public IReadOnlyList<OutletListItem> Outlets { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => Outlets = await catalog.OutletsAsync(ct);
}
