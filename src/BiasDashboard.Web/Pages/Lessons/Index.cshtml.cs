using BiasDashboard.Web.Data;
using BiasDashboard.Web.Data.Entities;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace BiasDashboard.Web.Pages.Lessons;

public sealed class IndexModel(BiasDbContext db) : PageModel
{
    public IReadOnlyList<LessonExample> Examples { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) =>
        Examples = await db.LessonExamples.AsNoTracking().OrderByDescending(l => l.Id).ToListAsync(ct);
}
