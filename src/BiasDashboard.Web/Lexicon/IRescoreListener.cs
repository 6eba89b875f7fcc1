namespace BiasDashboard.Web.Lexicon;

/// <summary>
/// Told by <see cref="FramingRescorer"/> after each batch of stored articles is rescored with a new lexicon (the
/// dashboard pushes it to open pages, whose charts refresh when it is finished). The rescorer announces; it does not
/// know who listens.
/// </summary>
public interface IRescoreListener
{
    Task RescoreProgressAsync(RescoreStatus status, CancellationToken ct);
}
