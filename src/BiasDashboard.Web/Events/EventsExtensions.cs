using BiasDashboard.Web.Events.Comparison;

namespace BiasDashboard.Web.Events;

public static class EventsExtensions
{
    /// <summary>The event list, event management, placing uploads into events and the same-event comparison.</summary>
    public static WebApplicationBuilder AddEvents(this WebApplicationBuilder builder)
    {
        builder.Services.AddScoped<EventListQuery>();
        builder.Services.AddScoped<EventCommands>();
        builder.Services.AddScoped<EventPlanner>();
        builder.Services.AddScoped<EventStoryQuery>();
        builder.Services.AddScoped<EventComparisonQuery>();
        builder.Services.AddSingleton<ComparisonCache>();
        return builder;
    }
}
