using BiasDashboard.Web.Comparison;

namespace BiasDashboard.Web.Events;

public static class EventsExtensions
{
    /// <summary>Event management, placing uploads into events, the same-event comparison, outlet tags and profiles.</summary>
    public static WebApplicationBuilder AddEvents(this WebApplicationBuilder builder)
    {
        builder.Services.AddScoped<EventCommands>();
        builder.Services.AddScoped<EventPlanner>();
        builder.Services.AddHostedService<MatchTermsBackfill>();
        builder.Services.AddScoped<EventStoryQuery>();
        builder.Services.AddScoped<EventComparisonQuery>();
        builder.Services.AddSingleton<ComparisonCache>();
        builder.Services.AddScoped<Outlets.OutletTagCommands>();
        builder.Services.AddScoped<Outlets.OutletProfileQuery>();
        return builder;
    }
}
