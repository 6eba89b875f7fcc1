using BiasDashboard.Web.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BiasDashboard.Web.Data.Configurations;

internal sealed class OutletConfiguration : IEntityTypeConfiguration<Outlet>
{
    public void Configure(EntityTypeBuilder<Outlet> builder)
    {
        builder.Property(o => o.Name).HasMaxLength(200).UseCollation("NOCASE");
        builder.HasIndex(o => o.Name).IsUnique();
        builder.Property(o => o.Domain).HasMaxLength(200);
        builder.HasMany(o => o.Tags).WithOne().HasForeignKey(t => t.OutletId).OnDelete(DeleteBehavior.Cascade);
    }
}
