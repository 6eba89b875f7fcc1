using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace BiasDashboard.Web.Operations;

/// <summary>Ready only when Redis answers a PING (registered only when <c>ConnectionStrings:Redis</c> is set).</summary>
public sealed class RedisHealthCheck(ClusterBus bus) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            if (await bus.Redis.WaitAsync(TimeSpan.FromSeconds(5), cancellationToken) is not { IsConnected: true } redis)
            {
                return HealthCheckResult.Unhealthy("Redis is not connected");
            }

            var rtt = await redis.GetDatabase().PingAsync();
            return HealthCheckResult.Healthy($"PING {rtt.TotalMilliseconds:0.0} ms");
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            return HealthCheckResult.Unhealthy("Redis did not answer", e);
        }
    }
}
