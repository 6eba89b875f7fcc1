using BiasDashboard.Web.Sessions;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace BiasDashboard.Web.Pages.Class;

/// <summary>
/// <c>/join</c>: a student joins a running class with its code and a nickname, no account; the same code and nickname
/// bring a student who lost the page back to their answers.
/// </summary>
public sealed class JoinModel(ClassStudents students) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Code { get; set; }

    public string? Message { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(string? nickname, CancellationToken ct)
    {
        try
        {
            var (student, rejoined) = await students.JoinAsync(Code, nickname, ct);
            Response.Cookies.Append(StudentCookie.Name, student.Token, new CookieOptions
            {
                HttpOnly = true,
                SameSite = SameSiteMode.Lax,
                Secure = Request.IsHttps,
                IsEssential = true,
                MaxAge = TimeSpan.FromHours(12),
            });
            return Redirect(rejoined ? "/class?back=1" : "/class");
        }
        catch (Requests.CommandRefusedException e)
        {
            Message = $"Could not join: {e.Message}.";
            Response.StatusCode = e.Status;
            return Page();
        }
    }
}
