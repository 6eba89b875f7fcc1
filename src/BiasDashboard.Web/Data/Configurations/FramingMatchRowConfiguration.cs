using BiasDashboard.Web.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BiasDashboard.Web.Data.Configurations;

internal sealed class FramingMatchRowConfiguration : IEntityTypeConfiguration<FramingMatchRow>
{
    public void Configure(EntityTypeBuilder<FramingMatchRow> builder)
    {
        builder.ToTable("FramingMatches");
        builder.HasKey(m => new { m.ArticleId, m.Index });
        builder.Property(m => m.Text).HasMaxLength(200);
        builder.Property(m => m.Term).HasMaxLength(200);
        builder.Property(m => m.Category).HasMaxLength(100);
        builder.Property(m => m.Option).HasMaxLength(100);
        builder.Property(m => m.Speaker).HasMaxLength(200);
    }
}
