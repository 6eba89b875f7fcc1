using BiasDashboard.Web.Data;
using BiasDashboard.Web.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace BiasDashboard.Web.Operations;

/// <summary>
/// Runs a piece of background work on one instance at a time: a row per job in the <c>Leases</c> table names its
/// holder and when the lease runs out. Taking it is one conditional UPDATE (or the first INSERT), so two instances
/// cannot both hold it; the holder renews it as it works, and when the holder dies the lease lapses and another
/// instance takes over. The in-memory store has one instance by definition, so there the lease is always granted.
/// </summary>
public sealed class LeaseService(IServiceScopeFactory scopes, InstanceIdentity me, TimeProvider clock, IOptions<OperationsOptions> options)
{
    public TimeSpan Duration => TimeSpan.FromSeconds(Math.Max(1, options.Value.LeaseSeconds));

    public string Holder => me.Id;

    /// <summary>
    /// Takes the lease <paramref name="name"/>, or renews it when this instance holds it. False when another live instance holds it.
    /// </summary>
    public async Task<bool> TryAcquireAsync(string name, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<BiasDbContext>();
        if (!db.Database.IsRelational())
        {
            return true;
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var until = now + Duration;
        var holder = me.Id;
        var taken = await db.Leases.Where(l => l.Name == name && (l.Holder == holder || l.ExpiresAtUtc < now))
            .ExecuteUpdateAsync(s => s.SetProperty(l => l.Holder, holder).SetProperty(l => l.ExpiresAtUtc, until), ct);
        if (taken == 1)
        {
            return true;
        }

        if (await db.Leases.AnyAsync(l => l.Name == name, ct))
        {
            return false;
        }

        try
        {
            db.Leases.Add(new Lease { Name = name, Holder = holder, ExpiresAtUtc = until });
            await db.SaveChangesAsync(ct);
            return true;
        }
        catch (DbUpdateException)
        {
            return false; // another instance inserted it first
        }
    }

    /// <summary>
    /// Runs <paramref name="work"/> while holding the lease <paramref name="name"/>, waiting for it when another
    /// instance holds it: start-up steps (roles, seed import) then run one instance at a time, each seeing what the
    /// one before it did, instead of racing on an empty database.
    /// </summary>
    public async Task RunExclusiveAsync(string name, Func<Task> work, CancellationToken ct)
    {
        while (!await TryAcquireAsync(name, ct))
        {
            await Task.Delay(TimeSpan.FromMilliseconds(250), ct);
        }

        try
        {
            await work();
        }
        finally
        {
            await ReleaseAsync(name, CancellationToken.None);
        }
    }

    /// <summary>Gives the lease up early (work finished), so another instance need not wait for it to lapse.</summary>
    public async Task ReleaseAsync(string name, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<BiasDbContext>();
        if (db.Database.IsRelational())
        {
            var holder = me.Id;
            await db.Leases.Where(l => l.Name == name && l.Holder == holder)
                .ExecuteUpdateAsync(s => s.SetProperty(l => l.ExpiresAtUtc, DateTime.UnixEpoch), ct);
        }
    }
}
