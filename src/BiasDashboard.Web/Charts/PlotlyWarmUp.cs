namespace BiasDashboard.Web.Charts;

/// <summary>
/// The first Plotly.NET figure in a process costs 0.4–2 s (JIT of FSharp.Core and Newtonsoft.Json); later ones cost
/// about a millisecond. Paying that at start keeps it off the first visitor's page.
/// </summary>
internal sealed class PlotlyWarmUp : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        PlotlyFigures.WarmUp();
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
