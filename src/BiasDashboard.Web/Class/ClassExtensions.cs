namespace BiasDashboard.Web.Class;

public static class ClassExtensions
{
    /// <summary>The student's screen of a live class (Pages/Class); the session itself is in Sessions/.</summary>
    public static WebApplicationBuilder AddClassScreen(this WebApplicationBuilder builder)
    {
        builder.Services.AddScoped<StudentViewQuery>();
        return builder;
    }
}
