namespace BiasDashboard.Web.Catalog;

public static class CatalogExtensions
{
    public static WebApplicationBuilder AddCatalog(this WebApplicationBuilder builder)
    {
        builder.Services.AddScoped<CatalogQueries>();
        return builder;
    }
}
