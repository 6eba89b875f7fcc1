using System.Collections.Concurrent;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace BiasDashboard.Web.Sessions;

/// <summary>
/// Which students have a class screen open right now (a live connection to the class hub on any instance). A nickname
/// can be taken over by someone rejoining only while nobody has that student's screen open, so a classmate cannot
/// push a student out of the lesson by typing their nickname.
/// </summary>
/// <remarks>
/// Each instance knows its own connections. With several instances (<c>ConnectionStrings:Redis</c> set) each open
/// screen is also a member of the Redis sorted set <c>&lt;prefix&gt;:presence:&lt;student&gt;</c>, scored with the time
/// it lapses: the instance renews its members every <c>Operations:BackgroundCheckSeconds</c> and removes one when its
/// screen closes, so a rejoin through instance A sees a screen open on B, and the screens of an instance that died lapse
/// after three missed renewals (the students' pages reconnect to another instance, which marks them open again).
/// Should Redis not answer, a rejoin is judged by this instance alone.
/// </remarks>
public sealed class ClassPresence(
    Operations.ClusterBus bus, Operations.InstanceIdentity me, IOptions<Operations.OperationsOptions> options, TimeProvider clock,
    ILogger<ClassPresence> logger) : BackgroundService
{
    private readonly ConcurrentDictionary<string, int> _screens = new(StringComparer.Ordinal); // connection id → student, here

    private TimeSpan Renewal => TimeSpan.FromSeconds(Math.Max(1, options.Value.BackgroundCheckSeconds));

    public async Task OpenedAsync(int studentId, string connectionId)
    {
        _screens[connectionId] = studentId;
        await MarkAsync([KeyValuePair.Create(connectionId, studentId)]);
    }

    public async Task ClosedAsync(int studentId, string connectionId)
    {
        _screens.TryRemove(connectionId, out _);
        await OnRedisAsync(db => db.SortedSetRemoveAsync(Key(studentId), Member(connectionId)));
    }

    public async Task<bool> IsOpenAsync(int studentId) => (await OpenAmongAsync([studentId])).Count > 0;

    /// <summary>Those of <paramref name="studentIds"/> with a class screen open on any instance (one Redis round trip).</summary>
    public async Task<IReadOnlySet<int>> OpenAmongAsync(IReadOnlyCollection<int> studentIds)
    {
        var open = _screens.Values.Where(studentIds.Contains).ToHashSet();
        var elsewhere = studentIds.Where(id => !open.Contains(id)).Distinct().ToList();
        if (elsewhere.Count == 0)
        {
            return open;
        }

        await OnRedisAsync(async db =>
        {
            var now = clock.GetUtcNow().ToUnixTimeMilliseconds();
            var batch = db.CreateBatch();
            var counts = elsewhere.Select(id =>
            {
                _ = batch.SortedSetRemoveRangeByScoreAsync(Key(id), double.NegativeInfinity, now); // lapsed: their instance died
                return (Id: id, Count: batch.SortedSetLengthAsync(Key(id)));
            }).ToList();
            batch.Execute();
            foreach (var (id, count) in counts)
            {
                if (await count > 0)
                {
                    open.Add(id);
                }
            }
        });
        return open;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (await bus.Redis is null)
        {
            return; // one instance: its own connections are the whole story
        }

        using var timer = new PeriodicTimer(Renewal, clock);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                await MarkAsync(_screens.ToArray());
            }
        }
        catch (OperationCanceledException)
        {
            // stopping; this instance's screens lapse in Redis, or the hub's disconnects remove them first
        }
    }

    private Task MarkAsync(IReadOnlyCollection<KeyValuePair<string, int>> screens) =>
        screens.Count == 0 ? Task.CompletedTask : OnRedisAsync(async db =>
        {
            var lapses = clock.GetUtcNow() + 3 * Renewal;
            var batch = db.CreateBatch();
            var writes = screens.SelectMany(s => new Task[]
            {
                batch.SortedSetAddAsync(Key(s.Value), Member(s.Key), lapses.ToUnixTimeMilliseconds()),
                batch.KeyExpireAsync(Key(s.Value), 3 * Renewal + TimeSpan.FromMinutes(1)), // an abandoned set goes too
            }).ToList();
            batch.Execute();
            await Task.WhenAll(writes);
        });

    private async Task OnRedisAsync(Func<IDatabase, Task> work)
    {
        try
        {
            if (await bus.Redis is { } redis)
            {
                await work(redis.GetDatabase());
            }
        }
        catch (Exception e) when (e is RedisException or TimeoutException)
        {
            logger.LogWarning(e, "Class presence could not reach Redis; rejoins are judged by this instance alone meanwhile");
        }
    }

    private RedisKey Key(int studentId) => $"{options.Value.RedisChannelPrefix}:presence:{studentId}";

    private RedisValue Member(string connectionId) => $"{me.Id}:{connectionId}";
}
