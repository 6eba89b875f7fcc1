using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace BiasDashboard.Web.Data.Migrations.Legacy;

/// <summary>
/// The first schema, written by hand while the EF design-time package could not be restored (docs/decisions/0003).
/// Kept only to upgrade SQLite databases made before the generated baseline (Data/SqliteBaseline.cs); new migrations
/// are generated with dotnet-ef (docs/operations.md). A test checks the baseline creates exactly the schema these left.
/// </summary>
[DbContext(typeof(LegacySchemaContext))]
[Migration("20261122060000_InitialCreate")]
public sealed class InitialCreate : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "Outlets",
            columns: table => new
            {
                Id = table.Column<int>(type: "INTEGER", nullable: false).Annotation("Sqlite:Autoincrement", true),
                Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false, collation: "NOCASE"),
                Domain = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
            },
            constraints: table => table.PrimaryKey("PK_Outlets", x => x.Id));

        migrationBuilder.CreateTable(
            name: "Events",
            columns: table => new
            {
                Id = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                Title = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                Date = table.Column<DateOnly>(type: "TEXT", nullable: true),
            },
            constraints: table => table.PrimaryKey("PK_Events", x => x.Id));

        migrationBuilder.CreateTable(
            name: "Articles",
            columns: table => new
            {
                Id = table.Column<int>(type: "INTEGER", nullable: false).Annotation("Sqlite:Autoincrement", true),
                OutletId = table.Column<int>(type: "INTEGER", nullable: false),
                Title = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                Author = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                Published = table.Column<DateOnly>(type: "TEXT", nullable: true),
                Url = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                Body = table.Column<string>(type: "TEXT", nullable: false),
                Format = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                SourceKey = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                UploadedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                WordCount = table.Column<int>(type: "INTEGER", nullable: false),
                SentenceCount = table.Column<int>(type: "INTEGER", nullable: false),
                MeanCompound = table.Column<double>(type: "REAL", nullable: false),
                MedianCompound = table.Column<double>(type: "REAL", nullable: false),
                MeanIntervalLow = table.Column<double>(type: "REAL", nullable: true),
                MeanIntervalHigh = table.Column<double>(type: "REAL", nullable: true),
                SharePositive = table.Column<double>(type: "REAL", nullable: false),
                ShareNeutral = table.Column<double>(type: "REAL", nullable: false),
                ShareNegative = table.Column<double>(type: "REAL", nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_Articles", x => x.Id);
                table.ForeignKey("FK_Articles_Outlets_OutletId", x => x.OutletId, "Outlets", "Id", onDelete: ReferentialAction.Restrict);
            });

        migrationBuilder.CreateTable(
            name: "ArticleEvents",
            columns: table => new
            {
                ArticleId = table.Column<int>(type: "INTEGER", nullable: false),
                EventId = table.Column<string>(type: "TEXT", nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_ArticleEvents", x => new { x.ArticleId, x.EventId });
                table.ForeignKey("FK_ArticleEvents_Articles_ArticleId", x => x.ArticleId, "Articles", "Id",
                    onDelete: ReferentialAction.Cascade);
                table.ForeignKey("FK_ArticleEvents_Events_EventId", x => x.EventId, "Events", "Id", onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateTable(
            name: "Sentences",
            columns: table => new
            {
                ArticleId = table.Column<int>(type: "INTEGER", nullable: false),
                Index = table.Column<int>(type: "INTEGER", nullable: false),
                Start = table.Column<int>(type: "INTEGER", nullable: false),
                Length = table.Column<int>(type: "INTEGER", nullable: false),
                Paragraph = table.Column<int>(type: "INTEGER", nullable: false),
                Kind = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                QuotedShare = table.Column<double>(type: "REAL", nullable: false),
                Negative = table.Column<double>(type: "REAL", nullable: false),
                Neutral = table.Column<double>(type: "REAL", nullable: false),
                Positive = table.Column<double>(type: "REAL", nullable: false),
                Compound = table.Column<double>(type: "REAL", nullable: false),
                Position = table.Column<double>(type: "REAL", nullable: false),
                Smoothed = table.Column<double>(type: "REAL", nullable: false),
                WordsJson = table.Column<string>(type: "TEXT", nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_Sentences", x => new { x.ArticleId, x.Index });
                table.ForeignKey("FK_Sentences_Articles_ArticleId", x => x.ArticleId, "Articles", "Id",
                    onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateIndex("IX_Outlets_Name", "Outlets", "Name", unique: true);
        migrationBuilder.CreateIndex("IX_Articles_OutletId", "Articles", "OutletId");
        migrationBuilder.CreateIndex("IX_Articles_SourceKey", "Articles", "SourceKey", unique: true);
        migrationBuilder.CreateIndex("IX_Articles_UploadedAtUtc", "Articles", "UploadedAtUtc");
        migrationBuilder.CreateIndex("IX_ArticleEvents_EventId", "ArticleEvents", "EventId");
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropTable("Sentences");
        migrationBuilder.DropTable("ArticleEvents");
        migrationBuilder.DropTable("Articles");
        migrationBuilder.DropTable("Events");
        migrationBuilder.DropTable("Outlets");
    }
}
