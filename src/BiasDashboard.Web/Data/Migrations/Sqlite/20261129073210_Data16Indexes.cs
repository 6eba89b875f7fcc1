using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace BiasDashboard.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Data16Indexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_Articles_LexiconId_LexiconVersion",
                table: "Articles",
                columns: new[] { "LexiconId", "LexiconVersion" });

            migrationBuilder.CreateIndex(
                name: "IX_ArticleMatchTerms_Version",
                table: "ArticleMatchTerms",
                column: "Version");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Articles_LexiconId_LexiconVersion",
                table: "Articles");

            migrationBuilder.DropIndex(
                name: "IX_ArticleMatchTerms_Version",
                table: "ArticleMatchTerms");
        }
    }
}
