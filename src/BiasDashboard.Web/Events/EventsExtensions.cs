using BiasDashboard.Web.Events.Comparison;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace BiasDashboard.Web.Events;

public static class EventsExtensions
{
    /// <summary>The event list, event management, placing uploads into events and the same-event comparison.</summary>
    public static WebApplicationBuilder AddEvents(this WebApplicationBuilder builder)
    {
        builder.Services.AddScoped<EventListQuery>();
        builder.Services.AddScoped<EventCommands>();
        builder.Services.AddScoped<EventPlanner>();
        builder.Services.AddHostedService<MatchTermsBackfill>();
        builder.Services.AddScoped<EventStoryQuery>();
        builder.Services.AddScoped<EventComparisonQuery>();
        builder.Services.AddScoped<IComparisonBuilder, ComparisonBuilder>();
        builder.Services.AddSingleton<ComparisonCache>();
        // The dashboard pushed after a change is built once, shared with the cache's rebuild of it, and kept.
        builder.Services.Replace(
            ServiceDescriptor.Singleton<Dashboard.IPushedDashboards>(sp => sp.GetRequiredService<ComparisonCache>()));
        builder.Services.AddHostedService<ComparisonRebuilder>();
        return builder;
    }
}
