using BiasDashboard.Web.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BiasDashboard.Web.Data.Configurations;

internal sealed class ArticleMatchTermsConfiguration : IEntityTypeConfiguration<ArticleMatchTerms>
{
    public void Configure(EntityTypeBuilder<ArticleMatchTerms> builder)
    {
        builder.HasKey(t => t.ArticleId);
        builder.HasIndex(t => t.Version); // the backfill's look for terms of an older version, without reading the terms
        builder.HasOne<Article>().WithOne(a => a.MatchTerms).HasForeignKey<ArticleMatchTerms>(t => t.ArticleId)
            .OnDelete(DeleteBehavior.Cascade);
    }
}
