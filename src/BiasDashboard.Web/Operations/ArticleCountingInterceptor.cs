using BiasDashboard.Web.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace BiasDashboard.Web.Operations;

/// <summary>Counts articles as they are stored (uploads and seed imports) for the uploads metric, once the save succeeded.</summary>
public sealed class ArticleCountingInterceptor(BiasMetrics metrics) : SaveChangesInterceptor
{
    private static readonly AsyncLocal<int> Pending = new();

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result,
        CancellationToken cancellationToken = default)
    {
        Pending.Value = eventData.Context?.ChangeTracker.Entries<Article>().Count(e => e.State == EntityState.Added) ?? 0;
        return base.SavingChangesAsync(eventData, result, cancellationToken);
    }

    public override ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result,
        CancellationToken cancellationToken = default)
    {
        if (Pending.Value > 0)
        {
            metrics.Uploaded(Pending.Value);
            Pending.Value = 0;
        }

        return base.SavedChangesAsync(eventData, result, cancellationToken);
    }
}
