using System.Security.Cryptography;
using System.Text;

namespace BiasDashboard.Web.Accounts;

/// <summary>
/// An optional token for scripts that act as a teacher: <c>Authorization: Bearer &lt;Admin:Token&gt;</c>, read by
/// <see cref="AdminTokenHandler"/>. There is no default; with none configured only signed-in teachers can make
/// teacher-only changes.
/// </summary>
public static class AdminToken
{
    public const string ConfigKey = "Admin:Token";

    /// <summary>Whether <paramref name="given"/> is the configured admin token (constant-time; false when none is configured).</summary>
    public static bool Matches(string? configured, string? given) =>
        !string.IsNullOrEmpty(configured) && !string.IsNullOrEmpty(given) &&
        CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(given), Encoding.UTF8.GetBytes(configured));
}
