using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace BiasDashboard.Web.Data;

/// <summary>
/// What <c>dotnet ef migrations add</c> builds the contexts with, so the tool neither starts the web host nor needs
/// a running database. See docs/operations.md, "Changing the schema".
/// </summary>
public sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<BiasDbContext>
{
    public BiasDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<BiasDbContext>().UseSqlite("Data Source=design-time.db").Options);
}

/// <inheritdoc cref="SqliteDesignTimeFactory"/>
public sealed class PostgresDesignTimeFactory : IDesignTimeDbContextFactory<PostgresBiasDbContext>
{
    public PostgresBiasDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PostgresBiasDbContext>()
            .UseNpgsql("Host=localhost;Database=biasdashboard_design", o => o.SetPostgresVersion(15, 0)).Options);
}
