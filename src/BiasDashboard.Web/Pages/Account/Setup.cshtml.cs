using BiasDashboard.Web.Accounts;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace BiasDashboard.Web.Pages.Account;

/// <summary>
/// One-time setup: creates the first teacher, and only while no teacher exists (then it answers 404, so it cannot be
/// used to add a second one). There is no default password anywhere.
/// </summary>
public sealed class SetupModel(TeacherAccounts accounts, SignInManager<IdentityUser> signIn) : PageModel
{
    public IReadOnlyList<string> Errors { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync() => await accounts.AnyTeacherAsync() ? NotFound() : Page();

    public async Task<IActionResult> OnPostAsync(string? email, string? password, string? confirm)
    {
        if (await accounts.AnyTeacherAsync())
        {
            return NotFound();
        }

        if (password != confirm)
        {
            Errors = ["The two passwords differ."];
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            return Page();
        }

        var (user, errors) = await accounts.AddFirstTeacherAsync(email, password);
        if (user is null && errors.Count == 0)
        {
            return NotFound(); // another setup post created the first teacher meanwhile
        }

        if (user is null)
        {
            Errors = errors;
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            return Page();
        }

        await signIn.SignInAsync(user, isPersistent: false);
        return LocalRedirect("/");
    }
}
