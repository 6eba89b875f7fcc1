using System.Text.Json;
using BiasDashboard.Analysis.Classroom;
using BiasDashboard.Web.Comparison;
using BiasDashboard.Web.Dashboard;
using BiasDashboard.Web.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace BiasDashboard.Web.Pages.Events;

/// <summary>
/// <c>/events/{id}/worksheet</c>: a printable worksheet for a lesson — the charts as still images, discussion prompts
/// that say what each measure means and what it cannot tell, and the articles (with <c>?blind=true</c>, outlets become
/// letters and are masked in the text).
/// </summary>
public sealed class WorksheetModel(EventDashboardQuery dashboards, EventComparisonQuery comparisons, BiasDbContext db) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public bool Blind { get; set; }

    public EventDashboard? Dashboard { get; private set; }

    public EventComparisonView? Comparison { get; private set; }

    public IReadOnlyList<(string Outlet, string Title, DateOnly? Published, IReadOnlyList<string> Paragraphs)> Articles { get; private set; } = [];

    public string FiguresJson { get; private set; } = "{}";

    public async Task<IActionResult> OnGetAsync(string id, CancellationToken ct)
    {
        Dashboard = await dashboards.BuildAsync(id, ct);
        Comparison = await comparisons.BuildAsync(id, null, ct);
        if (Dashboard is null || Comparison is null)
        {
            return NotFound();
        }

        var rows = await db.ArticlesOfEvent(id).AsNoTracking().OrderBy(a => a.Id)
            .Select(a => new { a.Title, a.Body, a.Published, a.Author, a.Url, Outlet = a.Outlet.Name, a.Outlet.Domain }).ToListAsync(ct);
        var outlets = rows.Select(r => r.Outlet).Distinct().Order(StringComparer.OrdinalIgnoreCase).ToList();
        string Letter(string outlet) => "Outlet " + (char)('A' + outlets.IndexOf(outlet));
        var maskers = rows.Select(r => OutletMasker.For(r.Outlet, r.Domain, r.Author, Letter(r.Outlet))).ToList();
        string Mask(string text) => !Blind ? text : maskers.Aggregate(text, (t, mask) => mask(t));
        Articles = rows.Select(r => (Blind ? Letter(r.Outlet) : r.Outlet, Mask(r.Title), r.Published,
            (IReadOnlyList<string>)Mask(r.Body).Split("\n\n", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToList())).ToList();
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web) { DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull };
        FiguresJson = Blind ? "{}" : JsonSerializer.Serialize(new { compound = Dashboard.Figures.Compound, shares = Dashboard.Figures.Shares, voices = Comparison.Figures.Voices, actors = Comparison.Figures.ActorsOwnVoice }, options);
        return Page();
    }
}
