using BiasDashboard.Web.Comparison;

namespace BiasDashboard.Web.Events;

public static class EventsExtensions
{
    /// <summary>Event management, placing uploads into events, and the same-event comparison.</summary>
    public static WebApplicationBuilder AddEvents(this WebApplicationBuilder builder)
    {
        builder.Services.AddScoped<EventCommands>();
        builder.Services.AddScoped<EventPlanner>();
        builder.Services.AddScoped<EventComparisonQuery>();
        return builder;
    }
}
