using System.Security.Cryptography;
using System.Text;

namespace BiasDashboard.Web.Accounts;

/// <summary>
/// An optional token for scripts that act as a teacher: <c>Authorization: Bearer &lt;Admin:Token&gt;</c>. There is
/// no default; with none configured only signed-in teachers can make teacher-only changes.
/// </summary>
public static class AdminToken
{
    public const string ConfigKey = "Admin:Token";

    /// <summary>Whether <paramref name="given"/> is the configured admin token (constant-time; false when none is configured).</summary>
    public static bool Matches(string? configured, string? given) =>
        !string.IsNullOrEmpty(configured) && !string.IsNullOrEmpty(given) &&
        CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(given), Encoding.UTF8.GetBytes(configured));

    /// <summary>Whether the request carries the configured token as a bearer token.</summary>
    public static bool Carries(HttpContext context)
    {
        var header = context.Request.Headers.Authorization.ToString();
        var given = header.StartsWith("Bearer ", StringComparison.Ordinal) ? header["Bearer ".Length..] : "";
        return Matches(context.RequestServices.GetRequiredService<IConfiguration>()[ConfigKey], given);
    }
}
