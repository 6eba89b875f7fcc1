using BiasDashboard.Web.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace BiasDashboard.Web.Accounts;

/// <summary>
/// Creates accounts (for the setup page and <c>user add</c>), with the password rules of <see cref="AccountsExtensions"/>.
/// </summary>
public sealed class TeacherAccounts(UserManager<IdentityUser> users, Data.BiasDbContext db)
{
    /// <summary>
    /// The first teacher, created only while there is none. The check and the creation run in one serializable
    /// transaction (on SQLite, BEGIN IMMEDIATE: one writer at a time), so of concurrent setup posts exactly one creates
    /// a teacher and the others find one; null with no errors when a teacher already exists.
    /// </summary>
    public async Task<(IdentityUser? User, IReadOnlyList<string> Errors)> AddFirstTeacherAsync(string? email, string? password)
    {
        if (!db.Database.IsRelational())
        {
            return await AnyTeacherAsync() ? (null, []) : await AddAsync(email, password, teacher: true);
        }

        // PostgreSQL refuses all but one of the concurrent serializable transactions (SQLite makes them wait instead):
        // the refused ones start again, and then find the teacher the winner made.
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await AddFirstTeacherOnceAsync(email, password);
            }
            catch (Exception e) when (attempt < 5 && IsSerializationFailure(e))
            {
                db.ChangeTracker.Clear();
            }
        }
    }

    // Another first teacher raced this one: a serialization failure, a deadlock, or the winner's email.
    private static bool IsSerializationFailure(Exception e) =>
        SqlStates.InChain(e, SqlStates.SerializationFailure, SqlStates.DeadlockDetected, SqlStates.UniqueViolation);

    private async Task<(IdentityUser? User, IReadOnlyList<string> Errors)> AddFirstTeacherOnceAsync(string? email, string? password)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(System.Data.IsolationLevel.Serializable);
        if (await AnyTeacherAsync())
        {
            return (null, []);
        }

        var added = await AddAsync(email, password, teacher: true);
        if (added.User is not null)
        {
            await transaction.CommitAsync();
        }

        return added;
    }

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
