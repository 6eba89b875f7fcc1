using Microsoft.AspNetCore.Identity;

namespace BiasDashboard.Web.Accounts;

/// <summary>Creates accounts (for the setup page and <c>user add</c>), with the password rules of <see cref="AccountsExtensions"/>.</summary>
public sealed class TeacherAccounts(UserManager<IdentityUser> users)
{
    public async Task<bool> AnyTeacherAsync() => (await users.GetUsersInRoleAsync(Roles.Teacher)).Count > 0;

    /// <summary>The new user, or null with the reasons it was refused (taken email, weak password…).</summary>
    public async Task<(IdentityUser? User, IReadOnlyList<string> Errors)> AddAsync(string? email, string? password, bool teacher)
    {
        if (string.IsNullOrWhiteSpace(email) || string.IsNullOrEmpty(password))
        {
            return (null, ["An email and a password are required."]);
        }

        var user = new IdentityUser { UserName = email.Trim(), Email = email.Trim(), EmailConfirmed = true };
        var created = await users.CreateAsync(user, password);
        if (!created.Succeeded)
        {
            return (null, created.Errors.Select(e => e.Description).ToList());
        }

        if (teacher)
        {
            var role = await users.AddToRoleAsync(user, Roles.Teacher);
            if (!role.Succeeded)
            {
                await users.DeleteAsync(user); // never leave half an account
                return (null, role.Errors.Select(e => e.Description).ToList());
            }
        }

        return (user, []);
    }
}
