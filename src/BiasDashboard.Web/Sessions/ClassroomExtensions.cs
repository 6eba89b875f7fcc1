using BiasDashboard.Web.Class;

namespace BiasDashboard.Web.Sessions;

public static class ClassroomExtensions
{
    /// <summary>Live class sessions: the session service, the students' and teacher's views, and the class hub.</summary>
    public static WebApplicationBuilder AddClassroom(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<ClassroomOptions>().BindConfiguration(ClassroomOptions.SectionName)
            .ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddScoped<ClassSessionService>();
        builder.Services.AddSingleton<ClassPresence>();
        builder.Services.AddScoped<LessonPlanner>();
        builder.Services.AddSingleton<JoinAddress>();
        builder.Services.AddScoped<ClassResultsQuery>();
        builder.Services.AddScoped<StudentViewQuery>();
        return builder;
    }

    public static IEndpointRouteBuilder MapClassroom(this IEndpointRouteBuilder app)
    {
        app.MapHub<ClassHub>(ClassHub.Path);
        return app;
    }
}
