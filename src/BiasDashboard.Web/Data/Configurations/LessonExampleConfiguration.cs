using BiasDashboard.Web.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BiasDashboard.Web.Data.Configurations;

internal sealed class LessonExampleConfiguration : IEntityTypeConfiguration<LessonExample>
{
    public void Configure(EntityTypeBuilder<LessonExample> builder)
    {
        builder.Property(l => l.Note).HasMaxLength(1000);
        builder.HasOne<Article>().WithMany().HasForeignKey(l => l.ArticleId).OnDelete(DeleteBehavior.Cascade);
    }
}
