using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace BiasDashboard.Web.Data.Migrations.Legacy;

/// <summary>
/// Same-event comparison (#5): event descriptions, teachers' key facts per event, and outlet tags on teacher-chosen
/// axes. Adds a nullable column and two tables; nothing existing changes.
/// </summary>
[DbContext(typeof(LegacySchemaContext))]
[Migration("20261122090000_AddComparison")]
public sealed class AddComparison : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.AddColumn<string>(name: "Description", table: "Events", type: "TEXT", maxLength: 2000, nullable: true);

        migrationBuilder.CreateTable(
            name: "EventFacts",
            columns: table => new
            {
                Id = table.Column<int>(type: "INTEGER", nullable: false).Annotation("Sqlite:Autoincrement", true),
                EventId = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                Statement = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                Terms = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                ContradictTerms = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                CreatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_EventFacts", x => x.Id);
                table.ForeignKey("FK_EventFacts_Events_EventId", x => x.EventId, "Events", "Id", onDelete: ReferentialAction.Cascade);
            });
        migrationBuilder.CreateIndex("IX_EventFacts_EventId", "EventFacts", "EventId");

        migrationBuilder.CreateTable(
            name: "OutletTags",
            columns: table => new
            {
                Id = table.Column<int>(type: "INTEGER", nullable: false).Annotation("Sqlite:Autoincrement", true),
                OutletId = table.Column<int>(type: "INTEGER", nullable: false),
                Axis = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false, collation: "NOCASE"),
                Value = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_OutletTags", x => x.Id);
                table.ForeignKey("FK_OutletTags_Outlets_OutletId", x => x.OutletId, "Outlets", "Id", onDelete: ReferentialAction.Cascade);
            });
        migrationBuilder.CreateIndex("IX_OutletTags_OutletId_Axis", "OutletTags", ["OutletId", "Axis"], unique: true);
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropTable("OutletTags");
        migrationBuilder.DropTable("EventFacts");
        migrationBuilder.DropColumn("Description", "Events");
    }
}
