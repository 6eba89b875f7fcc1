using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace BiasDashboard.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class AddLessonPlan : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_SessionStudents_SessionId",
                table: "SessionStudents");

            migrationBuilder.AddColumn<string>(
                name: "NicknameKey",
                table: "SessionStudents",
                type: "TEXT",
                maxLength: 40,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<int>(
                name: "Rejoins",
                table: "SessionStudents",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "ExcerptParagraphs",
                table: "ClassSessions",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "StudentPaced",
                table: "ClassSessions",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            // Students who joined before nicknames had a key: their nickname in lower case, already unique per session.
            migrationBuilder.Sql("UPDATE \"SessionStudents\" SET \"NicknameKey\" = lower(\"Nickname\");");

            migrationBuilder.CreateIndex(
                name: "IX_SessionStudents_SessionId_NicknameKey",
                table: "SessionStudents",
                columns: new[] { "SessionId", "NicknameKey" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_SessionStudents_SessionId_NicknameKey",
                table: "SessionStudents");

            migrationBuilder.DropColumn(
                name: "NicknameKey",
                table: "SessionStudents");

            migrationBuilder.DropColumn(
                name: "Rejoins",
                table: "SessionStudents");

            migrationBuilder.DropColumn(
                name: "ExcerptParagraphs",
                table: "ClassSessions");

            migrationBuilder.DropColumn(
                name: "StudentPaced",
                table: "ClassSessions");

            migrationBuilder.CreateIndex(
                name: "IX_SessionStudents_SessionId",
                table: "SessionStudents",
                column: "SessionId");
        }
    }
}
