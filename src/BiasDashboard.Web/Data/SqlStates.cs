using System.Data.Common;

namespace BiasDashboard.Web.Data;

/// <summary>
/// PostgreSQL's reasons for refusing a statement (SQLSTATE codes), read anywhere down an exception's chain: EF and
/// Npgsql's retrying strategy wrap the database's refusal in one or two exceptions of their own.
/// </summary>
public static class SqlStates
{
    /// <summary>Another transaction stored the same unique value first.</summary>
    public const string UniqueViolation = "23505";

    /// <summary>A serializable transaction could not be ordered with a concurrent one; retrying it may succeed.</summary>
    public const string SerializationFailure = "40001";

    /// <summary>Two transactions waited for each other; one was ended, and retrying it may succeed.</summary>
    public const string DeadlockDetected = "40P01";

    /// <summary>Whether a database exception in <paramref name="e"/>'s chain carries one of <paramref name="states"/>.</summary>
    public static bool InChain(Exception e, params ReadOnlySpan<string> states)
    {
        for (Exception? x = e; x is not null; x = x.InnerException)
        {
            if (x is DbException { SqlState: { } state } && states.Contains(state))
            {
                return true;
            }
        }

        return false;
    }
}
