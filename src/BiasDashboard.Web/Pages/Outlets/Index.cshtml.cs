using BiasDashboard.Web.Outlets;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace BiasDashboard.Web.Pages.Outlets;

public sealed class IndexModel(OutletListQuery outletList) : PageModel
{
    public IReadOnlyList<OutletListItem> Outlets { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => Outlets = await outletList.OutletsAsync(ct);
}
