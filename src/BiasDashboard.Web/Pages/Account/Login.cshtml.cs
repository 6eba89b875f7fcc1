using BiasDashboard.Web.Accounts;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace BiasDashboard.Web.Pages.Account;

/// <summary>
/// Sign-in for teachers. Five wrong passwords lock the account for 15 minutes; the message never says whether the email exists.
/// </summary>
public sealed class LoginModel(SignInManager<IdentityUser> signIn, UserManager<IdentityUser> users) : PageModel
{
    private static readonly IdentityUser Dummy = new("nobody@invalid");
    private static readonly Lazy<string> DummyHash =
        new(() => new PasswordHasher<IdentityUser>().HashPassword(Dummy, Guid.NewGuid().ToString()));

    public string? Message { get; private set; }

    public bool NoTeacherYet { get; private set; }

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public async Task OnGetAsync() => NoTeacherYet = (await users.GetUsersInRoleAsync(Roles.Teacher)).Count == 0;

    public async Task<IActionResult> OnPostAsync(string? email, string? password)
    {
        var user = string.IsNullOrWhiteSpace(email) ? null : await users.FindByEmailAsync(email.Trim());
        if (user is null)
        {
            // Hash the password against a dummy hash, so an unknown email costs what a known one does and the answer's
            // timing does not tell which accounts exist.
            users.PasswordHasher.VerifyHashedPassword(Dummy, DummyHash.Value, password ?? "");
        }

        var result = user is null || string.IsNullOrEmpty(password)
            ? Microsoft.AspNetCore.Identity.SignInResult.Failed
            : await signIn.PasswordSignInAsync(user, password, isPersistent: false, lockoutOnFailure: true);
        if (result.Succeeded)
        {
            return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl! : "/");
        }

        Message = result.IsLockedOut
            ? "Too many wrong passwords: this account is locked for 15 minutes."
            : "That email and password do not match an account.";
        Response.StatusCode = StatusCodes.Status401Unauthorized;
        return Page();
    }

    /// <summary>Signs out (POST with antiforgery, so no other site can sign a teacher out).</summary>
    public async Task<IActionResult> OnPostLogoutAsync()
    {
        await signIn.SignOutAsync();
        return LocalRedirect("/");
    }
}
