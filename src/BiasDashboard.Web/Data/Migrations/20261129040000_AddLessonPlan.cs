using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace BiasDashboard.Web.Data.Migrations;

/// <summary>
/// Lessons that fit a period (#15): a session can be student-paced and read excerpts (the first N paragraphs); a
/// student's nickname has a normalised key, unique within its session, and a count of rejoins. Written by hand in the
/// style of the earlier migrations (no dotnet-ef baseline on this branch yet); only adds. Old students get their
/// nickname in lower case as key, which was already unique per session.
/// </summary>
[DbContext(typeof(BiasDbContext))]
[Migration("20261129040000_AddLessonPlan")]
public sealed class AddLessonPlan : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.Sql("""ALTER TABLE "ClassSessions" ADD "StudentPaced" INTEGER NOT NULL DEFAULT 0;""");
        migrationBuilder.Sql("""ALTER TABLE "ClassSessions" ADD "ExcerptParagraphs" INTEGER NULL;""");
        migrationBuilder.Sql("""ALTER TABLE "SessionStudents" ADD "NicknameKey" TEXT NOT NULL DEFAULT '';""");
        migrationBuilder.Sql("""ALTER TABLE "SessionStudents" ADD "Rejoins" INTEGER NOT NULL DEFAULT 0;""");
        migrationBuilder.Sql("""UPDATE "SessionStudents" SET "NicknameKey" = lower("Nickname");""");
        migrationBuilder.Sql("""
            CREATE UNIQUE INDEX "IX_SessionStudents_SessionId_NicknameKey" ON "SessionStudents" ("SessionId", "NicknameKey");
            """);
        migrationBuilder.Sql("""DROP INDEX "IX_SessionStudents_SessionId";"""); // the new index starts with SessionId and serves the foreign key
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateIndex("IX_SessionStudents_SessionId", "SessionStudents", "SessionId");
        migrationBuilder.DropIndex("IX_SessionStudents_SessionId_NicknameKey", "SessionStudents");
        migrationBuilder.DropColumn("Rejoins", "SessionStudents");
        migrationBuilder.DropColumn("NicknameKey", "SessionStudents");
        migrationBuilder.DropColumn("ExcerptParagraphs", "ClassSessions");
        migrationBuilder.DropColumn("StudentPaced", "ClassSessions");
    }
}
