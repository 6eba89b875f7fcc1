namespace BiasDashboard.Web.Dashboard;

/// <summary>A process-wide counter stamped on every dashboard built, so pages can drop out-of-order pushes.</summary>
public sealed class DashboardVersion
{
    private long _value = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds() * 1000; // grows across restarts too

    public long Next() => Interlocked.Increment(ref _value);
}
