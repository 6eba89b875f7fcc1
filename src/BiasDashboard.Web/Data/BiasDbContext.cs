using BiasDashboard.Web.Data.Entities;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace BiasDashboard.Web.Data;

/// <summary>
/// The dashboard's database: outlets, events, articles and their scored sentences, and the accounts (ASP.NET Core
/// Identity's tables, for teachers). This type carries the SQLite migration set (Migrations/Sqlite);
/// <see cref="PostgresBiasDbContext"/> carries PostgreSQL's.
/// </summary>
public class BiasDbContext : IdentityDbContext<IdentityUser>, IDataProtectionKeyContext
{
    public BiasDbContext(DbContextOptions<BiasDbContext> options)
        : base(options)
    {
    }

    /// <summary>For a provider's subclass, which owns its own migration set.</summary>
    protected BiasDbContext(DbContextOptions options)
        : base(options)
    {
    }

    public DbSet<Outlet> Outlets => Set<Outlet>();

    public DbSet<NewsEvent> Events => Set<NewsEvent>();

    public DbSet<Article> Articles => Set<Article>();

    public DbSet<SentenceRow> Sentences => Set<SentenceRow>();

    public DbSet<FramingMatchRow> FramingMatches => Set<FramingMatchRow>();

    public DbSet<LexiconRow> Lexicons => Set<LexiconRow>();

    public DbSet<LessonExample> LessonExamples => Set<LessonExample>();

    public DbSet<OutletTag> OutletTags => Set<OutletTag>();

    public DbSet<EventFact> EventFacts => Set<EventFact>();

    public DbSet<ClassSession> ClassSessions => Set<ClassSession>();

    public DbSet<SessionStudent> SessionStudents => Set<SessionStudent>();

    public DbSet<StudentRating> StudentRatings => Set<StudentRating>();

    /// <summary>Who runs each piece of background work across instances (Operations/LeaseService.cs).</summary>
    public DbSet<Lease> Leases => Set<Lease>();

    /// <summary>The data-protection keys (sign-in cookies, antiforgery) when instances share them (PostgreSQL).</summary>
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        modelBuilder.ApplyConfiguration(new Configurations.OutletConfiguration());
        modelBuilder.ApplyConfiguration(new Configurations.NewsEventConfiguration());
        modelBuilder.ApplyConfiguration(new Configurations.ArticleConfiguration());
        modelBuilder.ApplyConfiguration(new Configurations.SentenceRowConfiguration());
        modelBuilder.ApplyConfiguration(new Configurations.FramingMatchRowConfiguration());
        modelBuilder.ApplyConfiguration(new Configurations.LexiconRowConfiguration());
        modelBuilder.ApplyConfiguration(new Configurations.LessonExampleConfiguration());
        modelBuilder.ApplyConfiguration(new Configurations.OutletTagConfiguration());
        modelBuilder.ApplyConfiguration(new Configurations.EventFactConfiguration());
        modelBuilder.ApplyConfiguration(new Configurations.ClassSessionConfiguration());
        modelBuilder.ApplyConfiguration(new Configurations.SessionStudentConfiguration());
        modelBuilder.ApplyConfiguration(new Configurations.StudentRatingConfiguration());
        modelBuilder.ApplyConfiguration(new Configurations.LeaseConfiguration());
    }
}
