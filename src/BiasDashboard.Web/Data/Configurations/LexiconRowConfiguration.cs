using BiasDashboard.Web.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BiasDashboard.Web.Data.Configurations;

internal sealed class LexiconRowConfiguration : IEntityTypeConfiguration<LexiconRow>
{
    public void Configure(EntityTypeBuilder<LexiconRow> builder)
    {
        builder.ToTable("Lexicons");
        builder.Property(l => l.Id).HasMaxLength(100);
    }
}
