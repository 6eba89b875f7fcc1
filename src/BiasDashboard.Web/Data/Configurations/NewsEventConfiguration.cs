using BiasDashboard.Web.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BiasDashboard.Web.Data.Configurations;

internal sealed class NewsEventConfiguration : IEntityTypeConfiguration<NewsEvent>
{
    public void Configure(EntityTypeBuilder<NewsEvent> builder)
    {
        builder.ToTable("Events");
        builder.Property(e => e.Id).HasMaxLength(100);
        builder.Property(e => e.Title).HasMaxLength(300);
        builder.Property(e => e.Description).HasMaxLength(2000);
        builder.HasIndex(e => e.Date); // the planner's nearest events, the events list's order
        builder.HasIndex(e => new { e.OutletCount, e.ArticleCount, e.Date }); // the dashboard's default: the widest event
        builder.HasMany(e => e.Facts).WithOne().HasForeignKey(f => f.EventId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(e => e.Articles).WithMany(a => a.Events).UsingEntity(
            "ArticleEvents",
            r => r.HasOne(typeof(Entities.Article)).WithMany().HasForeignKey("ArticleId").OnDelete(DeleteBehavior.Cascade),
            l => l.HasOne(typeof(NewsEvent)).WithMany().HasForeignKey("EventId").OnDelete(DeleteBehavior.Cascade),
            j => j.HasKey("ArticleId", "EventId"));
    }
}
