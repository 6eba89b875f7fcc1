using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace BiasDashboard.Web.Data;

/// <summary>
/// Whether a save failed because another request stored the same unique value first (an outlet's name, an event's
/// id): the caller then looks the winner up and tries again, instead of answering 500.
/// </summary>
public static class UniqueConflict
{
    private const int SqliteConstraint = 19;    // SQLITE_CONSTRAINT (UNIQUE and PRIMARY KEY)

    public static bool Is(DbUpdateException e) => e.InnerException switch
    {
        SqliteException sqlite => sqlite.SqliteErrorCode == SqliteConstraint
                                  && (sqlite.Message.Contains("UNIQUE", StringComparison.Ordinal) ||
                                      sqlite.Message.Contains("PRIMARY KEY", StringComparison.Ordinal)),
        _ => SqlStates.InChain(e, SqlStates.UniqueViolation),
    };
}
