namespace BiasDashboard.Web.Sessions;

public static class ClassroomExtensions
{
    /// <summary>Live class sessions: the session service, the teacher's views, and the class hub.</summary>
    public static WebApplicationBuilder AddClassroom(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<ClassroomOptions>().BindConfiguration(ClassroomOptions.SectionName)
            .ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddScoped<ClassSessionService>();
        builder.Services.AddSingleton<ClassPresence>();
        builder.Services.AddScoped<LessonPlanner>();
        builder.Services.AddSingleton<JoinAddress>();
        builder.Services.AddScoped<ClassResultsQuery>();
        return builder;
    }

    public static IEndpointRouteBuilder MapClassroom(this IEndpointRouteBuilder app)
    {
        app.MapHub<ClassHub>(ClassHub.Path);
        return app;
    }
}
