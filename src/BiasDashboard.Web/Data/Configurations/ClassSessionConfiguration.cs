using BiasDashboard.Web.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BiasDashboard.Web.Data.Configurations;

internal sealed class ClassSessionConfiguration : IEntityTypeConfiguration<ClassSession>
{
    public void Configure(EntityTypeBuilder<ClassSession> builder)
    {
        builder.Property(s => s.EventId).HasMaxLength(100);
        builder.Property(s => s.JoinCode).HasMaxLength(6);
        builder.Property(s => s.TeacherId).HasMaxLength(450);
        builder.Property(s => s.SlantSide).HasMaxLength(100);
        builder.Property(s => s.Screen).HasMaxLength(60);
        builder.Property(s => s.ArticleOrder).HasMaxLength(4000);
        builder.HasIndex(s => s.JoinCode);
        builder.HasOne<NewsEvent>().WithMany().HasForeignKey(s => s.EventId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(s => s.Students).WithOne().HasForeignKey(s => s.SessionId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class SessionStudentConfiguration : IEntityTypeConfiguration<SessionStudent>
{
    public void Configure(EntityTypeBuilder<SessionStudent> builder)
    {
        builder.Property(s => s.Nickname).HasMaxLength(40);
        builder.Property(s => s.NicknameKey).HasMaxLength(40);
        builder.HasIndex(s => new { s.SessionId, s.NicknameKey }).IsUnique();
        builder.Property(s => s.Token).HasMaxLength(64);
        builder.HasIndex(s => s.Token).IsUnique();
    }
}

internal sealed class StudentRatingConfiguration : IEntityTypeConfiguration<StudentRating>
{
    public void Configure(EntityTypeBuilder<StudentRating> builder)
    {
        builder.Property(r => r.Highlights).HasMaxLength(4000);
        builder.Property(r => r.Flags).HasMaxLength(4000);
        builder.Property(r => r.Guess).HasMaxLength(200);
        builder.Property(r => r.FrameSpan).HasMaxLength(500);
        builder.Property(r => r.Frames).HasMaxLength(200);
        builder.Property(r => r.FrameReason).HasMaxLength(200);
        builder.HasIndex(r => new { r.StudentId, r.ArticleId }).IsUnique();
        builder.HasOne<ClassSession>().WithMany().HasForeignKey(r => r.SessionId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<SessionStudent>().WithMany().HasForeignKey(r => r.StudentId).OnDelete(DeleteBehavior.Cascade);
    }
}
