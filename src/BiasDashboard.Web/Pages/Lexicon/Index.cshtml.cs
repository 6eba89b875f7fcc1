using BiasDashboard.Analysis.Framing;
using BiasDashboard.Web.Accounts;
using BiasDashboard.Web.Lexicon;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace BiasDashboard.Web.Pages.Lexicon;

/// <summary>
/// The active framing lexicon, for students and teachers: what each category means, where each term comes from and how
/// much it weighs, the context rules, and how often each term fires across the store. A signed-in teacher can switch
/// terms off (or on again); that saves a new lexicon version and rescores every article in the background.
/// </summary>
public sealed class IndexModel(ActiveLexicon active, LexiconStore store, TermFrequencies frequencies) : PageModel
{
    public FramingLexicon Lexicon => active.Lexicon;

    public IReadOnlyDictionary<(string Category, string Term), TermFrequency> Frequencies { get; private set; } =
        new Dictionary<(string, string), TermFrequency>();

    public int StoredArticles { get; private set; }

    public bool IsTeacher { get; private set; }

    public string? Message { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        IsTeacher = await TeacherPolicy.AllowsAsync(HttpContext);
        (Frequencies, StoredArticles) = await frequencies.ComputeAsync(ct);
    }

    /// <summary>Saves the switches: every term whose box is ticked in <paramref name="off"/> ("category|term") is switched off.</summary>
    public async Task<IActionResult> OnPostSwitchAsync(string[]? off, CancellationToken ct)
    {
        if (!await TeacherPolicy.AllowsAsync(HttpContext))
        {
            Response.StatusCode = StatusCodes.Status403Forbidden;
            Message = "Only a signed-in teacher can switch terms off; nothing was saved.";
            await OnGetAsync(ct);
            return Page();
        }

        var chosen = (off ?? []).Take(5000).Select(x => x.Split('|', 2)).Where(x => x.Length == 2)
            .ToLookup(x => x[0], x => x[1], StringComparer.Ordinal);
        var lexicon = active.Lexicon;
        var switched = lexicon with
        {
            Categories = lexicon.Categories.Select(c => c.Group != FramingAnalyzer.LoadedGroup ? c : c with
            {
                Off = chosen[c.Id].Where(t => c.Terms.Any(x => string.Equals(x.Term, t, StringComparison.OrdinalIgnoreCase)))
                    .ToHashSet(StringComparer.OrdinalIgnoreCase),
            }).ToList(),
        };
        var saved = await store.SaveAsync(switched, ct);
        var count = saved.Categories.Sum(c => c.Off.Count);
        Message = $"Saved as {saved.Id} version {saved.Version} with {count} term{(count == 1 ? "" : "s")} switched off; " +
            "stored articles are being rescored.";
        await OnGetAsync(ct);
        return Page();
    }
}
