namespace BiasDashboard.Web.Accounts;

/// <summary>
/// The roles accounts can have. Teachers manage events, lexicons, articles and class sessions; everyone else views and uploads.
/// </summary>
public static class Roles
{
    public const string Teacher = "teacher";
}
