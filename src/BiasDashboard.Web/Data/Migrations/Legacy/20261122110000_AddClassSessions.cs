using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace BiasDashboard.Web.Data.Migrations.Legacy;

/// <summary>
/// Live class sessions (#6): sessions with their join codes, the students who joined, and their ratings. Statements as
/// EF Core generates them for the model on SQLite, so the migrated schema equals the model's; only adds.
/// </summary>
[DbContext(typeof(LegacySchemaContext))]
[Migration("20261122110000_AddClassSessions")]
public sealed class AddClassSessions : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.Sql("""
            CREATE TABLE "ClassSessions" (
                "Id" INTEGER NOT NULL CONSTRAINT "PK_ClassSessions" PRIMARY KEY AUTOINCREMENT,
                "EventId" TEXT NOT NULL,
                "JoinCode" TEXT NOT NULL,
                "TeacherId" TEXT NOT NULL,
                "SlantSide" TEXT NOT NULL,
                "Screen" TEXT NOT NULL,
                "ArticleOrder" TEXT NOT NULL,
                "Revealed" INTEGER NOT NULL,
                "StartedAtUtc" TEXT NOT NULL,
                "LastActivityUtc" TEXT NOT NULL,
                "EndedAtUtc" TEXT NULL,
                CONSTRAINT "FK_ClassSessions_Events_EventId" FOREIGN KEY ("EventId") REFERENCES "Events" ("Id") ON DELETE CASCADE
            );
            """);
        migrationBuilder.Sql("""
            CREATE TABLE "SessionStudents" (
                "Id" INTEGER NOT NULL CONSTRAINT "PK_SessionStudents" PRIMARY KEY AUTOINCREMENT,
                "SessionId" INTEGER NOT NULL,
                "Nickname" TEXT NOT NULL,
                "Token" TEXT NOT NULL,
                "JoinedAtUtc" TEXT NOT NULL,
                CONSTRAINT "FK_SessionStudents_ClassSessions_SessionId" FOREIGN KEY ("SessionId")
                    REFERENCES "ClassSessions" ("Id") ON DELETE CASCADE
            );
            """);
        migrationBuilder.Sql("""
            CREATE TABLE "StudentRatings" (
                "Id" INTEGER NOT NULL CONSTRAINT "PK_StudentRatings" PRIMARY KEY AUTOINCREMENT,
                "SessionId" INTEGER NOT NULL,
                "StudentId" INTEGER NOT NULL,
                "ArticleId" INTEGER NOT NULL,
                "Tone" INTEGER NOT NULL,
                "Slant" INTEGER NOT NULL,
                "Highlights" TEXT NOT NULL,
                "Flags" TEXT NOT NULL,
                "Guess" TEXT NULL,
                "FrameSpan" TEXT NULL,
                "Frames" TEXT NULL,
                "FrameReason" TEXT NULL,
                "AnsweredAtUtc" TEXT NOT NULL,
                CONSTRAINT "FK_StudentRatings_ClassSessions_SessionId" FOREIGN KEY ("SessionId")
                    REFERENCES "ClassSessions" ("Id") ON DELETE CASCADE,
                CONSTRAINT "FK_StudentRatings_SessionStudents_StudentId" FOREIGN KEY ("StudentId")
                    REFERENCES "SessionStudents" ("Id") ON DELETE CASCADE
            );
            """);
        migrationBuilder.Sql("""
            CREATE INDEX "IX_ClassSessions_EventId" ON "ClassSessions" ("EventId");
            """);
        migrationBuilder.Sql("""
            CREATE INDEX "IX_ClassSessions_JoinCode" ON "ClassSessions" ("JoinCode");
            """);
        migrationBuilder.Sql("""
            CREATE INDEX "IX_SessionStudents_SessionId" ON "SessionStudents" ("SessionId");
            """);
        migrationBuilder.Sql("""
            CREATE UNIQUE INDEX "IX_SessionStudents_Token" ON "SessionStudents" ("Token");
            """);
        migrationBuilder.Sql("""
            CREATE INDEX "IX_StudentRatings_SessionId" ON "StudentRatings" ("SessionId");
            """);
        migrationBuilder.Sql("""
            CREATE UNIQUE INDEX "IX_StudentRatings_StudentId_ArticleId" ON "StudentRatings" ("StudentId", "ArticleId");
            """);
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropTable("StudentRatings");
        migrationBuilder.DropTable("SessionStudents");
        migrationBuilder.DropTable("ClassSessions");
    }
}
