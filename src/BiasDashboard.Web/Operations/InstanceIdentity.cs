namespace BiasDashboard.Web.Operations;

/// <summary>This process among the instances: names lease holders and tags messages on the cluster bus.</summary>
public sealed class InstanceIdentity
{
    public string Id { get; } = $"{Environment.MachineName}:{Environment.ProcessId}:{Guid.NewGuid():N}";
}
