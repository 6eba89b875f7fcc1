using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace BiasDashboard.Web.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class Data16Counts : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "ArticleCount",
                table: "Outlets",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "EventCount",
                table: "Outlets",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<double>(
                name: "MeanCompound",
                table: "Outlets",
                type: "double precision",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "ArticleCount",
                table: "Events",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "OutletCount",
                table: "Events",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            // Fill the new counts from the rows already stored: one pass per table through the foreign-key indexes.
            migrationBuilder.Sql(@"UPDATE ""Events"" SET
    ""ArticleCount"" = (SELECT COUNT(*) FROM ""ArticleEvents"" l WHERE l.""EventId"" = ""Events"".""Id""),
    ""OutletCount"" = (SELECT COUNT(DISTINCT a.""OutletId"") FROM ""ArticleEvents"" l JOIN ""Articles"" a ON a.""Id"" = l.""ArticleId"" WHERE l.""EventId"" = ""Events"".""Id"");");
            migrationBuilder.Sql(@"UPDATE ""Outlets"" SET
    ""ArticleCount"" = (SELECT COUNT(*) FROM ""Articles"" a WHERE a.""OutletId"" = ""Outlets"".""Id""),
    ""EventCount"" = (SELECT COUNT(DISTINCT l.""EventId"") FROM ""Articles"" a JOIN ""ArticleEvents"" l ON l.""ArticleId"" = a.""Id"" WHERE a.""OutletId"" = ""Outlets"".""Id""),
    ""MeanCompound"" = (SELECT AVG(a.""MeanCompound"") FROM ""Articles"" a WHERE a.""OutletId"" = ""Outlets"".""Id"");");

            migrationBuilder.CreateIndex(
                name: "IX_Events_OutletCount_ArticleCount_Date",
                table: "Events",
                columns: new[] { "OutletCount", "ArticleCount", "Date" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Events_OutletCount_ArticleCount_Date",
                table: "Events");

            migrationBuilder.DropColumn(
                name: "ArticleCount",
                table: "Outlets");

            migrationBuilder.DropColumn(
                name: "EventCount",
                table: "Outlets");

            migrationBuilder.DropColumn(
                name: "MeanCompound",
                table: "Outlets");

            migrationBuilder.DropColumn(
                name: "ArticleCount",
                table: "Events");

            migrationBuilder.DropColumn(
                name: "OutletCount",
                table: "Events");
        }
    }
}
