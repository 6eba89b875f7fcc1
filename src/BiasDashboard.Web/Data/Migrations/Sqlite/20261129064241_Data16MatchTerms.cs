using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace BiasDashboard.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Data16MatchTerms : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "ArticleMatchTerms",
                columns: table => new
                {
                    ArticleId = table.Column<int>(type: "INTEGER", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    Terms = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ArticleMatchTerms", x => x.ArticleId);
                    table.ForeignKey(
                        name: "FK_ArticleMatchTerms_Articles_ArticleId",
                        column: x => x.ArticleId,
                        principalTable: "Articles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Events_Date",
                table: "Events",
                column: "Date");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ArticleMatchTerms");

            migrationBuilder.DropIndex(
                name: "IX_Events_Date",
                table: "Events");
        }
    }
}
