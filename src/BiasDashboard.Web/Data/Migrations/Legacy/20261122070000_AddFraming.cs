using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace BiasDashboard.Web.Data.Migrations.Legacy;

/// <summary>
/// Framing (issue #4): the framing matches per article, the stored lexicons, and the lexicon version and voice
/// counts on each article. Only adds; existing articles keep everything and get framing from the rescorer.
/// </summary>
[DbContext(typeof(LegacySchemaContext))]
[Migration("20261122070000_AddFraming")]
public sealed class AddFraming : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.AddColumn<string>("LexiconId", "Articles", type: "TEXT", maxLength: 100, nullable: true);
        migrationBuilder.AddColumn<int>("LexiconVersion", "Articles", type: "INTEGER", nullable: true);
        migrationBuilder.AddColumn<int>("OwnVoiceWords", "Articles", type: "INTEGER", nullable: false, defaultValue: 0);
        migrationBuilder.AddColumn<int>("QuotedWords", "Articles", type: "INTEGER", nullable: false, defaultValue: 0);
        migrationBuilder.AddColumn<double>("LoadedLanguageIndex", "Articles", type: "REAL", nullable: false, defaultValue: 0.0);

        migrationBuilder.CreateTable(
            name: "FramingMatches",
            columns: table => new
            {
                ArticleId = table.Column<int>(type: "INTEGER", nullable: false),
                Index = table.Column<int>(type: "INTEGER", nullable: false),
                Start = table.Column<int>(type: "INTEGER", nullable: false),
                End = table.Column<int>(type: "INTEGER", nullable: false),
                Text = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                Term = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                Category = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                Option = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                InQuote = table.Column<bool>(type: "INTEGER", nullable: false),
                Speaker = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_FramingMatches", x => new { x.ArticleId, x.Index });
                table.ForeignKey("FK_FramingMatches_Articles_ArticleId", x => x.ArticleId, "Articles", "Id",
                    onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateTable(
            name: "Lexicons",
            columns: table => new
            {
                Id = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                Version = table.Column<int>(type: "INTEGER", nullable: false),
                Json = table.Column<string>(type: "TEXT", nullable: false),
                UpdatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_Lexicons", x => x.Id));
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropTable("Lexicons");
        migrationBuilder.DropTable("FramingMatches");
        migrationBuilder.DropColumn("LexiconId", "Articles");
        migrationBuilder.DropColumn("LexiconVersion", "Articles");
        migrationBuilder.DropColumn("OwnVoiceWords", "Articles");
        migrationBuilder.DropColumn("QuotedWords", "Articles");
        migrationBuilder.DropColumn("LoadedLanguageIndex", "Articles");
    }
}
