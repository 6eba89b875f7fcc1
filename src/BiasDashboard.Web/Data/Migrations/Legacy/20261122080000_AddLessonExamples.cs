using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace BiasDashboard.Web.Data.Migrations.Legacy;

/// <summary>Lesson examples: sentences a teacher rewrote in the "why this score" panel and kept. Only adds a table.</summary>
[DbContext(typeof(LegacySchemaContext))]
[Migration("20261122080000_AddLessonExamples")]
public sealed class AddLessonExamples : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "LessonExamples",
            columns: table => new
            {
                Id = table.Column<int>(type: "INTEGER", nullable: false).Annotation("Sqlite:Autoincrement", true),
                ArticleId = table.Column<int>(type: "INTEGER", nullable: false),
                SentenceIndex = table.Column<int>(type: "INTEGER", nullable: false),
                Original = table.Column<string>(type: "TEXT", nullable: false),
                Edited = table.Column<string>(type: "TEXT", nullable: false),
                OriginalCompound = table.Column<double>(type: "REAL", nullable: false),
                EditedCompound = table.Column<double>(type: "REAL", nullable: false),
                Note = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                SavedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_LessonExamples", x => x.Id);
                table.ForeignKey("FK_LessonExamples_Articles_ArticleId", x => x.ArticleId, "Articles", "Id",
                    onDelete: ReferentialAction.Cascade);
            });
        migrationBuilder.CreateIndex("IX_LessonExamples_ArticleId", "LessonExamples", "ArticleId");
    }

    protected override void Down(MigrationBuilder migrationBuilder) => migrationBuilder.DropTable("LessonExamples");
}
