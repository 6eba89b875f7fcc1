using BiasDashboard.Web.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace BiasDashboard.Web.Data;

/// <summary>
/// The same model on PostgreSQL (<c>Storage:Provider=Postgres</c>), with its own migration set (Migrations/Postgres).
/// Where the two databases differ:
/// <list type="bullet">
/// <item>Outlet names and tag axes compare without regard to case: <c>citext</c> here, <c>COLLATE NOCASE</c> on SQLite.</item>
/// <item>Times are stored as <c>timestamp with time zone</c> and read back as SQLite gives them (kind unspecified,
/// the value in UTC), so code written against SQLite sees the same values.</item>
/// </list>
/// </summary>
public sealed class PostgresBiasDbContext(DbContextOptions<PostgresBiasDbContext> options) : BiasDbContext(options)
{
    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        modelBuilder.HasPostgresExtension("citext");
        modelBuilder.Entity<Outlet>().Property(o => o.Name).UseCollation(null).HasColumnType("citext");
        modelBuilder.Entity<OutletTag>().Property(t => t.Axis).UseCollation(null).HasColumnType("citext");
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        base.ConfigureConventions(configurationBuilder);
        configurationBuilder.Properties<DateTime>().HaveConversion<UtcTimeConverter>();
    }

    /// <summary>Writes every time as UTC (as the app means it) and reads it back with the kind SQLite gives.</summary>
    private sealed class UtcTimeConverter() : ValueConverter<DateTime, DateTime>(
        v => v.Kind == DateTimeKind.Utc ? v : DateTime.SpecifyKind(v, DateTimeKind.Utc),
        v => DateTime.SpecifyKind(v, DateTimeKind.Unspecified));
}
