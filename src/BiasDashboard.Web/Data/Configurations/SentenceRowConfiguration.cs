using BiasDashboard.Web.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BiasDashboard.Web.Data.Configurations;

internal sealed class SentenceRowConfiguration : IEntityTypeConfiguration<SentenceRow>
{
    public void Configure(EntityTypeBuilder<SentenceRow> builder)
    {
        builder.ToTable("Sentences");
        builder.HasKey(s => new { s.ArticleId, s.Index });
        builder.Property(s => s.Kind).HasConversion<string>().HasMaxLength(20);
    }
}
