using BiasDashboard.Web.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BiasDashboard.Web.Data.Configurations;

internal sealed class ArticleConfiguration : IEntityTypeConfiguration<Article>
{
    public void Configure(EntityTypeBuilder<Article> builder)
    {
        builder.Property(a => a.Title).HasMaxLength(500);
        builder.Property(a => a.Author).HasMaxLength(300);
        builder.Property(a => a.Url).HasMaxLength(2000);
        builder.Property(a => a.SourceKey).HasMaxLength(300);
        builder.Property(a => a.Format).HasConversion<string>().HasMaxLength(20);
        builder.HasIndex(a => a.SourceKey).IsUnique();
        builder.HasIndex(a => a.UploadedAtUtc);
        builder.HasOne(a => a.Outlet).WithMany(o => o.Articles).HasForeignKey(a => a.OutletId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(a => a.Sentences).WithOne().HasForeignKey(s => s.ArticleId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(a => a.FramingMatches).WithOne().HasForeignKey(m => m.ArticleId).OnDelete(DeleteBehavior.Cascade);
        builder.Property(a => a.LexiconId).HasMaxLength(100);
        builder.HasIndex(a => new { a.LexiconId, a.LexiconVersion }); // the rescorer's look for stale articles, without reading rows
    }
}
