using System.Text.Json.Serialization;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace BiasDashboard.Web.Dashboard;

public static class DashboardExtensions
{
    /// <summary>
    /// The hub, the dashboard query, the listeners that push saved changes and rescoring progress to open pages, and
    /// the chart warm-up.
    /// </summary>
    public static WebApplicationBuilder AddDashboard(this WebApplicationBuilder builder)
    {
        builder.Services.AddSignalR().AddJsonProtocol(o =>
            o.PayloadSerializerOptions.DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull);
        builder.Services.AddSingleton<DashboardVersion>();
        builder.Services.AddScoped<EventDashboardQuery>();
        builder.Services.TryAddScoped<IPushedDashboards>(sp => sp.GetRequiredService<EventDashboardQuery>()); // or Events' cache
        builder.Services.AddScoped<Operations.IEventChangeListener, DashboardNotifier>();
        builder.Services.AddSingleton<Lexicon.IRescoreListener, RescoreProgressPusher>();
        builder.Services.AddHostedService<Charts.PlotlyWarmUp>();
        return builder;
    }

    public static IEndpointRouteBuilder MapDashboardHub(this IEndpointRouteBuilder app)
    {
        app.MapHub<DashboardHub>(DashboardHub.Path);
        return app;
    }
}
