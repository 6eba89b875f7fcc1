using BiasDashboard.Analysis.Classroom;
using BiasDashboard.Web.Events.Comparison;
using BiasDashboard.Web.Dashboard;
using BiasDashboard.Web.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace BiasDashboard.Web.Pages.Events;

/// <summary>
/// <c>/events/{id}/worksheet</c>: a printable worksheet that fits a lesson (about four pages): a judgement grid and
/// questions with space to write, the charts as still images with what each measure means and cannot tell, and the
/// articles as excerpts (<c>?paragraphs=N</c>, 4 by default; 0 for whole articles) in two columns. With
/// <c>?blind=true</c> outlets become letters and are masked in the text. <c>?key=true</c> is the teacher's key,
/// printed separately: which letter is which outlet, the measured scores, the facts that differ.
/// </summary>
public sealed class WorksheetModel(EventDashboardQuery dashboards, EventComparisonQuery comparisons, BiasDbContext db) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public bool Blind { get; set; }

    /// <summary>The teacher's key instead of the students' sheet.</summary>
    [BindProperty(SupportsGet = true)]
    public bool Key { get; set; }

    /// <summary>Paragraphs of each article printed; 0 prints whole articles.</summary>
    [BindProperty(SupportsGet = true)]
    public int Paragraphs { get; set; } = 4;

    /// <summary>
    /// Per article: its letter (by outlet name, as on the blind sheet), outlet, headline, measured tone and loaded-language index.
    /// </summary>
    public IReadOnlyList<(string Letter, string Outlet, string Title, double Tone, double Loaded)> KeyRows { get; private set; } = [];

    public EventDashboard? Dashboard { get; private set; }

    public EventComparisonView? Comparison { get; private set; }

    public IReadOnlyList<(string Outlet, string Title, DateOnly? Published, IReadOnlyList<string> Paragraphs, int LeftOut)> Articles
    {
        get; private set;
    } = [];

    /// <summary>The charts for worksheet.js; none on a blind sheet or the answer key.</summary>
    public object Figures { get; private set; } = new { };

    public async Task<IActionResult> OnGetAsync(string id, CancellationToken ct)
    {
        Dashboard = await dashboards.BuildAsync(id, ct);
        Comparison = await comparisons.BuildAsync(id, null, ct);
        if (Dashboard is null || Comparison is null)
        {
            return NotFound();
        }

        var rows = await db.ArticlesOfEvent(id).AsNoTracking().OrderBy(a => a.Id)
            .Select(a => new
            {
                a.Title,
                a.Body,
                a.Published,
                a.Author,
                a.Url,
                Outlet = a.Outlet.Name,
                a.Outlet.Domain,
                a.MeanCompound,
                a.LoadedLanguageIndex
            }).ToListAsync(ct);
        var outlets = rows.Select(r => r.Outlet).Distinct().Order(StringComparer.OrdinalIgnoreCase).ToList();
        string Letter(string outlet) => "Outlet " + (char)('A' + outlets.IndexOf(outlet));
        var maskers = rows.Select(r => OutletMasker.For(r.Outlet, r.Domain, r.Author, Letter(r.Outlet))).ToList();
        string Mask(string text) => !Blind ? text : maskers.Aggregate(text, (t, mask) => mask(t));
        Paragraphs = Math.Clamp(Paragraphs, 0, 200);
        Articles = rows.Select(r =>
        {
            var all = Mask(r.Body).Split("\n\n", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            var kept = Paragraphs > 0 ? all.Take(Paragraphs).ToList() : all.ToList();
            return (Blind ? Letter(r.Outlet) : r.Outlet, Mask(r.Title), r.Published, (IReadOnlyList<string>)kept, all.Length - kept.Count);
        }).OrderBy(a => a.Item1, StringComparer.Ordinal).ToList();
        KeyRows = rows.Select(r => (Letter(r.Outlet), r.Outlet, r.Title, r.MeanCompound, r.LoadedLanguageIndex))
            .OrderBy(k => k.Item1, StringComparer.Ordinal).ToList();
        Figures = Blind || Key ? new { } : new
        {
            compound = Dashboard.Figures.Compound,
            shares = Dashboard.Figures.Shares,
            voices = Comparison.Figures.Voices,
            actors = Comparison.Figures.ActorsOwnVoice,
        };
        return Page();
    }
}
