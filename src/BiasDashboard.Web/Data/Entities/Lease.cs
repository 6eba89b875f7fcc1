namespace BiasDashboard.Web.Data.Entities;

/// <summary>
/// Who runs a piece of background work (e.g. "rescore") across instances, and until when. The holder renews it while
/// working; when its holder dies, the lease runs out and another instance takes it over.
/// </summary>
public sealed class Lease
{
    public required string Name { get; set; }

    public required string Holder { get; set; }

    public DateTime ExpiresAtUtc { get; set; }
}
