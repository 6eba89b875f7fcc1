using BiasDashboard.Web.Operations;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace BiasDashboard.Web.Tests.Operations;

/// <summary>
/// A saved change is announced to the cluster (comparisons marked stale) before any listener (the dashboard's pushes)
/// hears it: a page that fetches the comparison on a push must find it updating, never the old one shown as current.
/// </summary>
public sealed class EventChangesTests
{
    private readonly ClusterBus _bus = new(
        new ConfigurationBuilder().Build(), Options.Create(new OperationsOptions()), new InstanceIdentity(), NullLogger<ClusterBus>.Instance);

    [Fact]
    public async Task SavedChange_ReachesTheClusterBeforeAnyListener_WithTheEventsAndWhetherTheListChanged()
    {
        var heard = new List<string>();
        _bus.On(ClusterBus.EventsSaved, ids => heard.Add("cluster: " + ids.Replace('\n', ',')));
        var listener = new Recording(heard);

        await new EventChanges(_bus, [listener], NullLogger<EventChanges>.Instance).SavedAsync(["a", "b"], listChanged: true, default);

        Assert.Equal(["cluster: a,b", "listener: a,b list"], heard);
    }

    [Fact]
    public async Task ListenerThatFails_DoesNotFailTheSavedChange_OrKeepTheOthersFromHearingIt()
    {
        var heard = new List<string>();
        var changes = new EventChanges(_bus, [new Failing(), new Recording(heard)], NullLogger<EventChanges>.Instance);

        await changes.SavedAsync(["a"], listChanged: false, default);

        Assert.Equal(["listener: a"], heard);
    }

    private sealed class Recording(List<string> heard) : IEventChangeListener
    {
        public Task EventsSavedAsync(IReadOnlyCollection<string> eventIds, bool listChanged, CancellationToken ct)
        {
            heard.Add("listener: " + string.Join(',', eventIds) + (listChanged ? " list" : ""));
            return Task.CompletedTask;
        }
    }

    private sealed class Failing : IEventChangeListener
    {
        public Task EventsSavedAsync(IReadOnlyCollection<string> eventIds, bool listChanged, CancellationToken ct) =>
            throw new InvalidOperationException("the hub went away (a test failure)");
    }
}
