using System.Collections.Concurrent;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace BiasDashboard.Web.Operations;

/// <summary>
/// Tells the other instances about changes they keep in memory (a comparison to drop, a new lexicon), over Redis
/// pub/sub when <c>ConnectionStrings:Redis</c> is set. With one instance (no Redis) it only calls this instance's
/// handlers, which is all there is to tell. A message this instance sent is not handled again when Redis echoes it.
/// </summary>
public sealed class ClusterBus : IAsyncDisposable
{
    private readonly ConcurrentDictionary<string, List<Action<string>>> _handlers = new(StringComparer.Ordinal);
    private readonly InstanceIdentity _me;
    private readonly ILogger<ClusterBus> _logger;
    private readonly RedisChannel _channel;
    private readonly Task<ConnectionMultiplexer?> _redis;

    public ClusterBus(IConfiguration configuration, IOptions<OperationsOptions> options, InstanceIdentity me, ILogger<ClusterBus> logger)
    {
        _me = me;
        _logger = logger;
        _channel = RedisChannel.Literal($"{options.Value.RedisChannelPrefix}:cluster");
        _redis = configuration.GetConnectionString("Redis") is { Length: > 0 } redis
            ? ConnectAsync(redis)
            : Task.FromResult<ConnectionMultiplexer?>(null);
    }

    /// <summary>The Redis connection (null without Redis), for the health check.</summary>
    public Task<ConnectionMultiplexer?> Redis => _redis;

    /// <summary>
    /// Stored articles were analysed again (a lexicon rescoring batch, outlet tags changed): whatever is derived from
    /// them across events is stale. Raised by the folder that changed them, handled by those that derive (comparisons).
    /// </summary>
    public const string AnalysisChanged = "analysis-changed";

    /// <summary>
    /// Events were changed and saved (the argument: their ids, one a line): whatever is derived from them is stale.
    /// Raised by <see cref="EventChanges"/>, handled by those that derive (comparisons).
    /// </summary>
    public const string EventsSaved = "events-saved";

    public void On(string kind, Action<string> handler) =>
        _handlers.GetOrAdd(kind, _ => []).Add(handler);

    /// <summary>Handles <paramref name="kind"/> here and publishes it to every other instance.</summary>
    public void Publish(string kind, string argument)
    {
        Dispatch(kind, argument);
        if (_redis.IsCompletedSuccessfully && _redis.Result is { } redis)
        {
            // Fire and forget: a lost message costs a stale comparison until its 10-minute expiry, never a wrong store.
            _ = redis.GetSubscriber().PublishAsync(_channel, $"{_me.Id}\n{kind}\n{argument}", CommandFlags.FireAndForget);
        }
    }

    private async Task<ConnectionMultiplexer?> ConnectAsync(string configuration)
    {
        var options = ConfigurationOptions.Parse(configuration);
        options.AbortOnConnectFail = false;
        var redis = await ConnectionMultiplexer.ConnectAsync(options);
        await redis.GetSubscriber().SubscribeAsync(_channel, (_, message) =>
        {
            var parts = message.ToString().Split('\n', 3);
            if (parts.Length == 3 && parts[0] != _me.Id)
            {
                Dispatch(parts[1], parts[2]);
            }
        });
        return redis;
    }

    private void Dispatch(string kind, string argument)
    {
        if (!_handlers.TryGetValue(kind, out var handlers))
        {
            return;
        }

        foreach (var handler in handlers.ToArray())
        {
            try
            {
                handler(argument);
            }
            catch (Exception e)
            {
                _logger.LogWarning(e, "Cluster message {Kind} failed here", kind);
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (await _redis is { } redis)
        {
            await redis.DisposeAsync();
        }
    }
}
