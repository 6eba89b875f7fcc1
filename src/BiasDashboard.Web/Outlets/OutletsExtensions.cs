namespace BiasDashboard.Web.Outlets;

public static class OutletsExtensions
{
    /// <summary>The outlet list, outlet tags and profiles.</summary>
    public static WebApplicationBuilder AddOutlets(this WebApplicationBuilder builder)
    {
        builder.Services.AddScoped<OutletListQuery>();
        builder.Services.AddScoped<OutletTagCommands>();
        builder.Services.AddScoped<OutletProfileQuery>();
        return builder;
    }
}
