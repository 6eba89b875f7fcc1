using Microsoft.EntityFrameworkCore;

namespace BiasDashboard.Web.Data.Migrations.Legacy;

/// <summary>
/// Owns the six hand-written migrations that SQLite databases made before the generated baseline carry in their
/// history. It has no model of its own: <see cref="SqliteBaseline"/> uses it only to finish upgrading such a database
/// to the last hand-written schema, which is exactly the schema the generated baseline creates.
/// </summary>
public sealed class LegacySchemaContext(DbContextOptions<LegacySchemaContext> options) : DbContext(options);
