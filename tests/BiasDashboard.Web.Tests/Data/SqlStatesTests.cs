using BiasDashboard.Web.Data;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace BiasDashboard.Web.Tests.Data;

/// <summary>
/// PostgreSQL's refusals are recognised however deeply EF and Npgsql wrap them, so a lost race is retried rather than
/// answered with 500, and any other refusal is not mistaken for one.
/// </summary>
public sealed class SqlStatesTests
{
    private static PostgresException Refusal(string sqlState) => new("refused (a test)", "ERROR", "ERROR", sqlState);

    [Fact]
    public void Refusal_WrappedTwice_IsFoundByItsState()
    {
        var wrapped = new InvalidOperationException("retry strategy", new DbUpdateException("save", Refusal(SqlStates.SerializationFailure)));

        Assert.True(SqlStates.InChain(wrapped, SqlStates.SerializationFailure, SqlStates.DeadlockDetected));
        Assert.False(SqlStates.InChain(wrapped, SqlStates.UniqueViolation));
    }

    [Fact]
    public void UniqueConflict_OnPostgres_IsTheUniqueViolationOnly()
    {
        Assert.True(UniqueConflict.Is(new DbUpdateException("save", Refusal(SqlStates.UniqueViolation))));
        Assert.False(UniqueConflict.Is(new DbUpdateException("save", Refusal("23503")))); // a foreign key, not a race
        Assert.False(UniqueConflict.Is(new DbUpdateException("save", new InvalidOperationException("not the database"))));
    }
}
