using BiasDashboard.Analysis.Framing;
using BiasDashboard.Web.Framing;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace BiasDashboard.Web.Pages.Lexicon;

/// <summary>The active framing lexicon, for students and teachers: what each category means, where it comes from, its terms.</summary>
public sealed class IndexModel(ActiveLexicon active) : PageModel
{
    public FramingLexicon Lexicon => active.Lexicon;

    public void OnGet()
    {
    }
}
