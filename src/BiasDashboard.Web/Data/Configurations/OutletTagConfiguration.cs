using BiasDashboard.Web.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BiasDashboard.Web.Data.Configurations;

internal sealed class OutletTagConfiguration : IEntityTypeConfiguration<OutletTag>
{
    public void Configure(EntityTypeBuilder<OutletTag> builder)
    {
        builder.Property(t => t.Axis).HasMaxLength(60).UseCollation("NOCASE");
        builder.Property(t => t.Value).HasMaxLength(60);
        builder.HasIndex(t => new { t.OutletId, t.Axis }).IsUnique();
    }
}
