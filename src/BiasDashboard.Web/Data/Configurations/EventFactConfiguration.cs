using BiasDashboard.Web.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BiasDashboard.Web.Data.Configurations;

internal sealed class EventFactConfiguration : IEntityTypeConfiguration<EventFact>
{
    public void Configure(EntityTypeBuilder<EventFact> builder)
    {
        builder.Property(f => f.EventId).HasMaxLength(100);
        builder.Property(f => f.Statement).HasMaxLength(300);
        builder.Property(f => f.Terms).HasMaxLength(500);
        builder.Property(f => f.ContradictTerms).HasMaxLength(500);
    }
}
